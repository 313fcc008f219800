import NIOHTTP1
import PartnerCenterModels

/// The shapes of call the fluent operations make.
extension PartnerAPIClient {
    /// `GET` one resource.
    func get<Resource: Decodable>(_ path: ResourcePath, as type: Resource.Type = Resource.self) async throws -> Resource {
        try await send(PartnerRequest(.GET, path), expecting: Resource.self)
    }

    /// `GET` a collection; its later pages are fetched while it is iterated.
    func collection<Item>(_ path: ResourcePath, of type: Item.Type = Item.self) async throws -> PartnerCollection<Item> {
        PartnerCollection(firstPage: try await get(path, as: ResourceCollection<Item>.self), client: self)
    }

    /// Sends `body` as JSON with `method` (POST, PUT, PATCH) and decodes the answer.
    func send<Body: Encodable, Resource: Decodable>(
        _ method: HTTPMethod, _ path: ResourcePath, body: Body, headers: [(name: String, value: String)] = [],
        as type: Resource.Type = Resource.self
    ) async throws -> Resource {
        try await send(PartnerRequest(method, path, body: try encode(body), headers: headers), expecting: Resource.self)
    }
}

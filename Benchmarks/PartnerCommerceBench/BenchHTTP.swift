import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// The benchmark's HTTP side: one shared client with a connection per worker, and timed requests. Given several
/// endpoints (instances of one server on one database), it sends each request to the next one in turn, as a
/// round-robin load balancer would.
struct BenchHTTP: Sendable {
    let client: HTTPClient
    let endpoints: [String]
    let token: String
    private let turn = EndpointTurn()

    /// What one request answered, and how long it took.
    struct Answer: Sendable {
        /// HTTP status, 0 for a transport failure.
        let status: Int
        let body: Data
        let microseconds: UInt64
    }

    init(endpoints: [String], token: String, connections: Int) {
        var configuration = HTTPClient.Configuration()
        configuration.connectionPool = .init(idleTimeout: .seconds(60), concurrentHTTP1ConnectionsPerHostSoftLimit: connections)
        configuration.timeout = .init(connect: .seconds(10), read: .seconds(60))
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.endpoints = endpoints
        self.token = token
    }

    func shutdown() async throws {
        try await client.shutdown()
    }

    /// Sends a request with a fresh MS-RequestId and times it, from send to the last byte of the answer.
    func send(_ method: HTTPMethod, _ path: String, body: Data? = nil, authorized: Bool = true) async -> Answer {
        var request = HTTPClientRequest(url: turn.next(of: endpoints) + path)
        request.method = method
        request.headers.add(name: "MS-RequestId", value: UUID().uuidString.lowercased())
        if authorized { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        let started = ContinuousClock.now
        do {
            let response = try await client.execute(request, timeout: .seconds(60))
            let buffer = try await response.body.collect(upTo: 64 << 20)
            return Answer(status: Int(response.status.code), body: Data(buffer.readableBytesView),
                          microseconds: Self.microseconds(since: started))
        } catch {
            return Answer(status: 0, body: Data(), microseconds: Self.microseconds(since: started))
        }
    }

    private static func microseconds(since start: ContinuousClock.Instant) -> UInt64 {
        let elapsed = ContinuousClock.now - start
        let (seconds, attoseconds) = elapsed.components
        return UInt64(max(0, seconds)) * 1_000_000 + UInt64(max(0, attoseconds)) / 1_000_000_000_000
    }

    /// The `id` of a created resource's answer.
    static func createdId(_ answer: Answer) -> String? {
        try? JSONDecoder().decode(CreatedResource.self, from: answer.body).id
    }

    /// How many orders a checkout answer lists.
    static func orderCount(_ answer: Answer) -> Int? {
        try? JSONDecoder().decode(CheckoutAnswer.self, from: answer.body).orders.count
    }

    /// The `totalCount` of a collection answer.
    static func totalCount(_ answer: Answer) -> Int? {
        try? JSONDecoder().decode(CollectionAnswer.self, from: answer.body).totalCount
    }
}

// Only the members the benchmark checks are decoded: the load generator shares the server's cores, and reading
// whole answers into dictionaries would take CPU from the server it measures.
private struct CreatedResource: Decodable {
    let id: String
}

private struct CheckoutAnswer: Decodable {
    /// Each order is only counted; it must be a JSON object.
    struct Counted: Decodable {
        init(from decoder: any Decoder) throws {
            _ = try decoder.container(keyedBy: AnyKey.self)
        }
    }

    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    let orders: [Counted]
}

private struct CollectionAnswer: Decodable {
    let totalCount: Int
}

/// Whose turn it is among the endpoints.
private final class EndpointTurn: Sendable {
    private let count = Atomic<Int>(0)

    func next(of endpoints: [String]) -> String {
        endpoints[count.wrappingAdd(1, ordering: .relaxed).oldValue % endpoints.count]
    }
}

import Foundation
import PartnerCenterModels

extension PartnerService {
    /// The operator surface of a PartnerCommerce server (`/admin`): reset, catalog, fault rules, business clock and
    /// request journal. It needs an operator token (`partner-commerce token --operator`); Partner Center itself
    /// has no such surface.
    public var `operator`: OperatorOperations { OperatorOperations(client: client) }
}

/// `partner.operator`: what an operator of a PartnerCommerce server can do.
public struct OperatorOperations: Sendable {
    let client: PartnerAPIClient

    /// `POST /admin/reset`: deletes every partner's data and puts the default catalog back in force.
    public func reset() async throws {
        _ = try await client.send(PartnerRequest(.POST, .operatorSurface("reset")))
    }

    /// The catalog the server sells from.
    public var catalog: OperatorCatalogOperations { OperatorCatalogOperations(client: client) }

    /// The fault rules.
    public var faults: FaultRuleCollectionOperations { FaultRuleCollectionOperations(client: client) }

    /// The business clock.
    public var clock: BusinessClockOperations { BusinessClockOperations(client: client) }

    /// The request journal.
    public var requests: RequestJournalOperations { RequestJournalOperations(client: client) }
}

/// `partner.operator.catalog`: import and export the catalog.
public struct OperatorCatalogOperations: Sendable {
    let client: PartnerAPIClient
    private var path: ResourcePath { .operatorSurface("catalog") }

    /// `POST /admin/catalog`: imports a PartnerCommerce catalog (replacing the catalog) or a saved Partner Center
    /// products, SKUs, availabilities or offers answer (merged into it).
    /// - Parameters:
    ///   - json: The document, as JSON.
    ///   - targetView: The target view new products are listed under; derived from their type when `nil`.
    public func importDocument(_ json: Data, targetView: String? = nil) async throws -> CatalogImportSummary {
        try await client.send(PartnerRequest(.POST, path.adding("targetView", targetView), body: json),
                              expecting: CatalogImportSummary.self)
    }

    /// `GET /admin/catalog`: the catalog in force, in PartnerCommerce's catalog format, as JSON.
    public func export() async throws -> Data {
        try await client.send(PartnerRequest(.GET, path)).body
    }
}

/// `partner.operator.faults`: add, list and remove fault rules.
public struct FaultRuleCollectionOperations: Sendable {
    let client: PartnerAPIClient
    private var path: ResourcePath { .operatorSurface("faults") }

    /// `POST /admin/faults`: adds a rule; answers it with its id.
    public func add(_ rule: FaultRule) async throws -> FaultRule {
        try await client.send(.POST, path, body: rule)
    }

    /// `GET /admin/faults`: every rule, oldest first.
    public func get() async throws -> [FaultRule] {
        try await client.get(path, as: ResourceCollection<FaultRule>.self).items
    }

    /// `DELETE /admin/faults`: removes every rule.
    public func clear() async throws {
        _ = try await client.send(PartnerRequest(.DELETE, path))
    }

    /// One rule: `partner.operator.faults.byId(id).delete()`.
    public func byId(_ id: String) -> FaultRuleOperations {
        FaultRuleOperations(client: client, path: path.appending(id))
    }
}

/// `partner.operator.faults.byId(id)`.
public struct FaultRuleOperations: Sendable {
    let client: PartnerAPIClient
    let path: ResourcePath

    /// `DELETE /admin/faults/{id}`: removes the rule.
    public func delete() async throws {
        _ = try await client.send(PartnerRequest(.DELETE, path))
    }
}

/// `partner.operator.clock`: read and move the business clock.
public struct BusinessClockOperations: Sendable {
    let client: PartnerAPIClient
    private var path: ResourcePath { .operatorSurface("clock") }

    /// `GET /admin/clock`.
    public func get() async throws -> BusinessClockState {
        try await client.get(path)
    }

    /// `POST /admin/clock`: moves the clock forward by an ISO 8601 duration (`P8D`); the server must run with
    /// `--allow-clock-control`. Pending orders the move made due are provisioned before the answer.
    public func advance(by duration: String) async throws -> BusinessClockState {
        try await client.send(.POST, path, body: BusinessClockAdvance(advance: duration))
    }
}

/// `partner.operator.requests`: the request journal.
public struct RequestJournalOperations: Sendable {
    let client: PartnerAPIClient

    /// `GET /admin/requests`: the most recent requests, newest first, optionally only one partner's, one
    /// status's or one correlation id's.
    public func get(limit: Int? = nil, partner: String? = nil, status: Int? = nil,
                    correlationId: String? = nil) async throws -> [RequestJournalEntry] {
        let path = ResourcePath.operatorSurface("requests").adding("limit", limit.map(String.init))
            .adding("partner", partner).adding("status", status.map(String.init)).adding("correlationId", correlationId)
        return try await client.get(path, as: ResourceCollection<RequestJournalEntry>.self).items
    }
}

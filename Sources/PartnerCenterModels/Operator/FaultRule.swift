/// An operator's fault rule: which requests it matches and what it does to them (`/admin/faults`).
///
/// A rule matches a request by method, path pattern and, optionally, partner tenant. Its effects combine:
/// ``latencyMilliseconds`` delays the request; ``status`` (with ``code`` and ``description``) answers in the
/// service's place; ``dropConnection`` closes the connection without an answer; ``failOrderGroup`` lets a
/// checkout run but turns that order group into an `orderErrors` entry. A rule fires with ``probability``, and
/// when ``times`` is set only for that many more matching requests.
public struct FaultRule: Codable, Sendable, Equatable {
    /// Server-made id, echoed in the `MS-Fault-Injected` header of every request the rule touches.
    public var id: String?
    /// The HTTP method to match (`POST`); `nil` or `*` matches every method.
    public var method: String?
    /// The path pattern, e.g. `/v1/customers/*/carts/*/checkout`: `*` stands for one path segment, and a final
    /// `**` for any rest of the path. Matched case-insensitively, without the query.
    public var path: String
    /// Only requests of this partner tenant; `nil` for everyone's.
    public var partner: String?
    /// The HTTP status to answer with (400...599).
    public var status: Int?
    /// The Partner Center error code of that answer (800003 unless given).
    public var code: Int?
    /// The error description of that answer, or of the failed order group.
    public var description: String?
    /// Milliseconds to wait before the request goes on (or is answered).
    public var latencyMilliseconds: Int?
    /// Close the connection without answering.
    public var dropConnection: Bool?
    /// On a checkout, the order group to fail into `orderErrors` (the other groups are still ordered).
    public var failOrderGroup: String?
    /// The chance, from 0 (exclusive) to 1, that a matching request is faulted (1 unless given).
    public var probability: Double?
    /// How many more matching requests the rule faults; `nil` for no limit. Sent as the count wanted, answered
    /// as the count left.
    public var times: Int?
    /// How many requests the rule has faulted so far (server-owned).
    public var injectedCount: Int?
    /// `{"objectType": "FaultRule"}`.
    public var attributes: ResourceAttributes?

    /// Creates a rule; give at least one effect.
    public init(
        method: String? = nil, path: String, partner: String? = nil, status: Int? = nil, code: Int? = nil,
        description: String? = nil, latencyMilliseconds: Int? = nil, dropConnection: Bool? = nil,
        failOrderGroup: String? = nil, probability: Double? = nil, times: Int? = nil
    ) {
        self.method = method
        self.path = path
        self.partner = partner
        self.status = status
        self.code = code
        self.description = description
        self.latencyMilliseconds = latencyMilliseconds
        self.dropConnection = dropConnection
        self.failOrderGroup = failOrderGroup
        self.probability = probability
        self.times = times
        self.attributes = ResourceAttributes(objectType: "FaultRule")
    }
}

import Foundation

/// One request the server answered, as the request journal (`/admin/requests`) keeps it.
public struct RequestJournalEntry: Codable, Sendable, Equatable {
    /// When the answer was sent (system time).
    public var time: Date
    /// The HTTP method.
    public var method: String
    /// The path, without the query.
    public var path: String
    /// The status answered; 0 when the connection was dropped by a fault rule.
    public var status: Int
    /// The partner tenant of the token, when the request carried a valid one.
    public var partner: String?
    /// `MS-RequestId` (sent or generated).
    public var requestId: String
    /// `MS-CorrelationId` (sent or generated).
    public var correlationId: String
    /// Time from receiving the request to having its answer, in milliseconds.
    public var latencyMilliseconds: Double
    /// The id of the fault rule that touched the request, if any.
    public var faultRule: String?

    /// Creates an entry.
    public init(time: Date, method: String, path: String, status: Int, partner: String?, requestId: String,
                correlationId: String, latencyMilliseconds: Double, faultRule: String?) {
        self.time = time
        self.method = method
        self.path = path
        self.status = status
        self.partner = partner
        self.requestId = requestId
        self.correlationId = correlationId
        self.latencyMilliseconds = latencyMilliseconds
        self.faultRule = faultRule
    }
}

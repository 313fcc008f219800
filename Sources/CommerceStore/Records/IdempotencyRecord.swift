import Foundation

/// An `MS-RequestId` the store has seen for a partner: the digest of the request it came with and, once the
/// answer was sent, that answer.
public struct IdempotencyRecord: Sendable, Equatable {
    /// SHA-256 of the method, path and body.
    public var digest: String
    /// The answer's status, once recorded.
    public var status: Int?
    /// The answer's body, once recorded.
    public var body: Data?
    /// The answer's ETag header, if it had one.
    public var etag: String?
    /// When the request id was first seen.
    public var createdAt: Date

    /// Creates a record.
    public init(digest: String, status: Int?, body: Data?, etag: String?, createdAt: Date) {
        self.digest = digest
        self.status = status
        self.body = body
        self.etag = etag
        self.createdAt = createdAt
    }
}

/// The request a write belongs to, when the client sent an `MS-RequestId`: the store records the request id in
/// the same transaction as the write, so an effect is never committed without its request id.
///
/// When the route can tell what it will answer from what the write returns, it sets ``renderAnswer``: the store
/// then records that answer in the same transaction too, so a retry after the process died between the commit
/// and the answer replays it instead of running the request again.
public struct IdempotencyClaim: Sendable {
    /// The partner tenant.
    public var partnerId: String
    /// The client's `MS-RequestId`.
    public var requestId: String
    /// SHA-256 of the method, path and body.
    public var digest: String
    /// When the request arrived.
    public var receivedAt: Date

    /// Turns the value the store's write returns into the request's answer; `nil` when it cannot (the answer is
    /// then recorded after the write, as for refusals).
    public var renderAnswer: (@Sendable (any Sendable) throws -> IdempotentAnswer?)?

    /// Creates a claim.
    public init(partnerId: String, requestId: String, digest: String, receivedAt: Date) {
        self.partnerId = partnerId
        self.requestId = requestId
        self.digest = digest
        self.receivedAt = receivedAt
    }

    /// The answer to record with the write that returned `value`, if the route said how to render it.
    public func answer(forWriteReturning value: any Sendable) throws -> IdempotentAnswer? {
        try renderAnswer?(value)
    }

    /// The claim of the request the current task is serving, if any.
    @TaskLocal public static var current: IdempotencyClaim?
}

import Foundation

/// The answer a request got, as recorded for replays: status, body bytes and `ETag` header.
public struct IdempotentAnswer: Sendable, Equatable {
    /// The HTTP status.
    public var status: Int
    /// The body, byte for byte (empty for 204).
    public var body: Data
    /// The `ETag` header, if the answer had one.
    public var etag: String?

    /// Creates an answer.
    public init(status: Int, body: Data, etag: String? = nil) {
        self.status = status
        self.body = body
        self.etag = etag
    }
}

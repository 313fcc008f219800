import Foundation

/// The ids and locale a request is sent with: `MS-CorrelationId`, `MS-RequestId` and `X-Locale`.
///
/// A ``PartnerService`` has one correlation id for its lifetime and makes a new request id for each operation
/// (kept across that operation's retries). Pinning a context with ``PartnerService/with(_:)`` fixes them, which
/// is how a caller that retries on its own makes a second attempt idempotent: send it with the same request id.
public struct RequestContext: Sendable, Equatable {
    /// Sent as `MS-CorrelationId` on every request; ties a series of calls together in the service's logs.
    public var correlationId: String
    /// Sent as `MS-RequestId`, Partner Center's idempotency key; `nil` gives each operation a fresh GUID.
    public var requestId: String?
    /// Sent as `X-Locale`, e.g. `en-US`.
    public var locale: String

    /// Creates a context; by default a fresh correlation id, a fresh request id per operation, and `en-US`.
    public init(correlationId: String = UUID().uuidString.lowercased(), requestId: String? = nil, locale: String = "en-US") {
        self.correlationId = correlationId
        self.requestId = requestId
        self.locale = locale
    }
}

/// The one error every ``PartnerService`` call throws (besides `CancellationError` when its task is cancelled).
///
/// It carries what Partner Center said (``code``, ``description``, ``data``), the HTTP status, and the
/// ``requestId`` and ``correlationId`` the request was sent with, which are what Microsoft support (or the
/// PartnerCommerce request journal) asks for.
public struct PartnerError: Error, Sendable, Equatable, CustomStringConvertible, CustomDebugStringConvertible {
    /// What kind of failure this is; decides whether a caller should fix the request, sign in again, wait or
    /// retry later.
    public enum Category: Sendable, Equatable {
        /// The request was refused as malformed or invalid (400, and any 4xx without a category of its own).
        case badInput
        /// The token was missing, expired or not accepted (401).
        case unauthorized
        /// The caller may not act on the resource (403), e.g. a customer that is not the partner's.
        case forbidden
        /// The resource does not exist (404).
        case notFound
        /// The resource is busy or changed meanwhile (409, or 412 for a stale `If-Match`).
        case conflict
        /// Too many requests (429). `retryAfter` is the server's `Retry-After`, when it sent one.
        case throttled(retryAfter: Duration?)
        /// The service failed (5xx), or answered with a body that could not be read.
        case server
        /// No answer arrived: the connection failed, or the request timed out (including 408).
        case transport
    }

    /// What kind of failure this is.
    public var category: Category
    /// Partner Center's error code (`800008`, `20002`, ...), when the answer carried one.
    public var code: Int?
    /// What went wrong, as the service (or, for transport failures, the SDK) put it.
    public var description: String
    /// Extra values from the error body, e.g. the ids of the cart line items in error.
    public var data: [String]
    /// The HTTP status, when an answer arrived.
    public var httpStatus: Int?
    /// The `MS-RequestId` the request was sent with.
    public var requestId: String
    /// The `MS-CorrelationId` the request was sent with.
    public var correlationId: String

    /// Creates an error.
    public init(category: Category, code: Int? = nil, description: String, data: [String] = [], httpStatus: Int? = nil,
                requestId: String, correlationId: String) {
        self.category = category
        self.code = code
        self.description = description
        self.data = data
        self.httpStatus = httpStatus
        self.requestId = requestId
        self.correlationId = correlationId
    }

    /// How long the service asked to wait before trying again, for a ``Category/throttled(retryAfter:)`` error.
    public var retryAfter: Duration? {
        if case .throttled(let retryAfter) = category { return retryAfter }
        return nil
    }

    /// Every field on one line, for logs.
    public var debugDescription: String {
        var parts = ["PartnerError(\(category)"]
        if let httpStatus { parts.append("HTTP \(httpStatus)") }
        if let code { parts.append("code \(code)") }
        parts.append("\"\(description)\"")
        if !data.isEmpty { parts.append("data \(data)") }
        parts.append("request id \(requestId)")
        parts.append("correlation id \(correlationId))")
        return parts.joined(separator: ", ")
    }
}

extension PartnerError.Category {
    /// The category Partner Center's .NET SDK would give an error answer with this HTTP status.
    init(httpStatus: Int, retryAfter: Duration?) {
        switch httpStatus {
        case 401: self = .unauthorized
        case 403: self = .forbidden
        case 404: self = .notFound
        case 408: self = .transport
        case 409, 412: self = .conflict
        case 429: self = .throttled(retryAfter: retryAfter)
        case 500...: self = .server
        default: self = .badInput
        }
    }
}

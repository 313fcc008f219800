import Hummingbird
import PartnerCenterModels

/// The per-request state the middleware chain fills in: Partner Center's request ids and the caller.
public struct CommerceRequestContext: RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// `MS-RequestId`, `MS-CorrelationId` and `X-Locale` of this request (generated when missing).
    public var requestIds = RequestIdentifiers()
    /// The authenticated caller, once the authentication middleware has run.
    public var identity: PartnerIdentity?
    /// What the middleware learns about the request for the journal, metrics and logs (set by the outermost one).
    var observation: RequestObservation?
    /// Order groups an operator's fault rule makes this checkout fail, with the error to report.
    var forcedGroupFailures: [String: OrderError] = [:]

    public init(source: Source) {
        coreContext = .init(source: source)
    }

    /// Bodies over 1 MiB are refused with 413.
    public var maxUploadSize: Int { RequestBodyReader.maximumBytes }

    /// The authenticated caller; routes behind the authentication middleware always have one.
    func caller() throws -> PartnerIdentity {
        guard let identity else { throw CommerceErrorResponse.missingIdentity }
        return identity
    }
}

/// The ids Partner Center's headers carry.
public struct RequestIdentifiers: Sendable {
    /// `MS-RequestId`: the client's idempotency key for this operation.
    public var requestId = ""
    /// `MS-CorrelationId`: ties the calls of one client operation together in logs.
    public var correlationId = ""
    /// `X-Locale`.
    public var locale = "en-US"
    /// Whether the client sent `MS-RequestId` (rather than the server generating one).
    public var clientSentRequestId = false
}

/// Who is calling, from the token's claims.
public struct PartnerIdentity: Sendable, Equatable {
    /// The partner's tenant id (`tid`), lowercase.
    public var tenantId: String
    /// The user or service principal (`oid`).
    public var objectId: String?
    /// App-only when the token has no `scp` claim.
    public var isAppOnly: Bool
    /// Whether the token carries the operator role.
    public var isOperator: Bool
}

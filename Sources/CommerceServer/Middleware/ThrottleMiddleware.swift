import Hummingbird
import PartnerCenterModels

/// Answers 429 with `Retry-After` and the gateway's body once a partner has used up a resource family's
/// requests for the minute.
struct ThrottleMiddleware: RouterMiddleware {
    typealias Context = CommerceRequestContext
    let throttle: RequestThrottle

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let identity = context.identity, let family = RequestThrottle.family(of: request.uri.path),
              let wait = throttle.take(partner: identity.tenantId, family: family) else {
            return try await next(request, context)
        }
        var response = try JSONResponse.make(ThrottlingFault(retryAfterSeconds: wait), status: .tooManyRequests)
        response.headers[.retryAfter] = "\(wait)"
        return response
    }
}

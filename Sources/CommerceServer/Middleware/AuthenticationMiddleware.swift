import CommerceCore
import PartnerCenterModels
import Hummingbird

/// Requires `Authorization: Bearer <jwt>` and puts the caller into the context; refusals answer 401 800001.
struct AuthenticationMiddleware: RouterMiddleware {
    typealias Context = CommerceRequestContext
    let tokens: any TokenVerifier

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard let header = request.headers[.authorization] else {
            throw CommerceError.unauthorized("the Authorization header is missing.")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", !parts[1].isEmpty else {
            throw CommerceError.unauthorized("the Authorization header must be 'Bearer <token>'.")
        }
        guard parts[1].utf8.count <= 16_384 else { throw CommerceError.unauthorized("the token is too long.") }
        var context = context
        context.identity = try await tokens.identity(fromBearer: parts[1].trimmingWhitespace())
        return try await next(request, context)
    }
}

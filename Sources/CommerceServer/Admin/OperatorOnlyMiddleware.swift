import CommerceCore
import Hummingbird

/// Lets only operator tokens (role `PartnerCommerce.Operator`) through to `/admin`: a partner's token answers
/// 403. A missing or bad token was already answered 401 by the authentication middleware.
struct OperatorOnlyMiddleware: RouterMiddleware {
    typealias Context = CommerceRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard try context.caller().isOperator else { throw CommerceError.operatorRoleRequired }
        return try await next(request, context)
    }
}

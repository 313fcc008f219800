import CommerceCore
import Hummingbird

/// `POST /admin/reset`: deletes every partner's data and puts the default catalog back in force. Fault rules,
/// the business clock and the request journal are operator state and stay as they are.
struct AdminResetRoute {
    let services: CommerceServices

    @Sendable func reset(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let catalog = try Catalog.defaultCatalog()
        try await services.store.resetAll()
        services.replaceCatalog(catalog)
        return Response(status: .noContent)
    }
}

import CommerceCore
import Hummingbird
import PartnerCenterModels

/// `/admin/catalog`: exports the catalog in force (`GET`, PartnerCommerce's catalog format) and imports one
/// (`POST`), in that format or as a saved Partner Center products, SKUs, availabilities or offers answer (see
/// ``CatalogImporter`` for how those merge). The result is stored, so it stays in force after a restart.
struct AdminCatalogRoutes {
    let services: CommerceServices

    func register(on admin: RouterGroup<CommerceRequestContext>, table: inout RouteTable) {
        admin.get("catalog", use: export)
        admin.post("catalog", use: importCatalog)
        table.add(.get, "admin/catalog")
        table.add(.post, "admin/catalog")
    }

    @Sendable func export(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        try JSONResponse.make(services.catalog.document)
    }

    @Sendable func importCatalog(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let body = try await RequestBodyReader.bytes(of: request)
        let targetView = QueryParameters.value(request, "targetView")
        let outcome = try CatalogImporter(current: services.catalog.document, targetView: targetView).importing(body)
        try await services.store.storeCatalog(try PartnerJSONEncoder().encode(outcome.document))
        services.replaceCatalog(Catalog(outcome.document))
        return try JSONResponse.make(outcome.summary)
    }
}

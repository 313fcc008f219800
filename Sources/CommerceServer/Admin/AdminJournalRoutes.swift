import CommerceCore
import Hummingbird
import PartnerCenterModels

/// `GET /admin/requests[?limit=&partner=&status=&correlationId=]`: the most recent requests, newest first.
struct AdminJournalRoutes {
    let telemetry: Telemetry

    func register(on admin: RouterGroup<CommerceRequestContext>, table: inout RouteTable) {
        admin.get("requests", use: list)
        table.add(.get, "admin/requests")
    }

    @Sendable func list(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        var filter = RequestJournalFilter(limit: try QueryParameters.integer(request, "limit", default: 100, range: 1...10_000))
        filter.partner = QueryParameters.value(request, "partner")
        filter.correlationId = QueryParameters.value(request, "correlationId")
        if let raw = QueryParameters.value(request, "status") {
            guard let status = Int(raw), (0...599).contains(status) else {
                throw CommerceError.invalidInput("status", "'\(raw)' is not an HTTP status.")
            }
            filter.status = status
        }
        return try JSONResponse.make(ResourceCollection(
            items: telemetry.journal(filter), links: CollectionLinks(self: Link(uri: "/admin/requests"))))
    }
}

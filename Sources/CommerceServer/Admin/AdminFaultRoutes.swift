import CommerceCore
import Hummingbird
import PartnerCenterModels

/// `/admin/faults`: add (`POST`), list (`GET`), remove one (`DELETE /admin/faults/{id}`) or all (`DELETE`).
struct AdminFaultRoutes {
    let faults: FaultRuleBook

    func register(on admin: RouterGroup<CommerceRequestContext>, table: inout RouteTable) {
        admin.post("faults", use: add)
        admin.get("faults", use: list)
        admin.delete("faults", use: clear)
        admin.delete("faults/:faultId", use: remove)
        table.add(.post, "admin/faults")
        table.add(.get, "admin/faults")
        table.add(.delete, "admin/faults")
        table.add(.delete, "admin/faults/:faultId")
    }

    @Sendable func add(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let sent = try await RequestBodyReader.decode(FaultRule.self, from: request)
        let (rule, pattern) = try FaultRuleValidator.validated(sent)
        return try JSONResponse.make(faults.add(rule, pattern: pattern), status: .created)
    }

    @Sendable func list(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        try JSONResponse.make(ResourceCollection(items: faults.rules, links: CollectionLinks(self: Link(uri: "/admin/faults"))))
    }

    @Sendable func clear(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        _ = faults.removeAll()
        return Response(status: .noContent)
    }

    @Sendable func remove(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let id = context.pathParameter("faultId")
        guard faults.remove(id: id) else { throw CommerceError.faultRuleNotFound(id) }
        return Response(status: .noContent)
    }
}

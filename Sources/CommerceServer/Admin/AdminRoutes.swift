import Logging
import Hummingbird

/// The operator surface under `/admin` (SPEC section 9), for operator tokens only: reset, catalog, fault
/// rules, business clock and request journal.
struct AdminRoutes {
    let services: CommerceServices
    let logger: Logger
    let allowClockControl: Bool

    func register(on router: Router<CommerceRequestContext>, table: inout RouteTable) {
        let admin = router.group("admin").add(middleware: OperatorOnlyMiddleware())
        admin.post("reset", use: AdminResetRoute(services: services).reset)
        table.add(.post, "admin/reset")
        AdminCatalogRoutes(services: services).register(on: admin, table: &table)
        AdminFaultRoutes(faults: services.faults).register(on: admin, table: &table)
        AdminClockRoutes(services: services, logger: logger, controlEnabled: allowClockControl).register(on: admin, table: &table)
        AdminJournalRoutes(telemetry: services.telemetry).register(on: admin, table: &table)
    }
}

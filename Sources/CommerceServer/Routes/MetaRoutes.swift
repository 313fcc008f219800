import Foundation
import Hummingbird

/// Routes that need no token: `/healthz` (the process answers) and `/readyz` (the store answers).
struct MetaRoutes {
    let services: CommerceServices

    func register(on router: Router<CommerceRequestContext>, table: inout RouteTable) {
        router.get("healthz") { _, _ in
            JSONResponse.bytes(Data(#"{"status":"ok"}"#.utf8))
        }
        router.get("readyz") { _, _ in
            do {
                _ = try await services.store.nextProvisioningDue()
                return JSONResponse.bytes(Data(#"{"status":"ready"}"#.utf8))
            } catch {
                return JSONResponse.bytes(Data(#"{"status":"not ready"}"#.utf8), status: .serviceUnavailable)
            }
        }
        table.add(.get, "healthz")
        table.add(.get, "readyz")
    }
}

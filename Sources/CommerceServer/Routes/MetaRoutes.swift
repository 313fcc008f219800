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
            guard await ReadinessCheck.storeAnswers(services.store) else {
                return JSONResponse.bytes(Data(#"{"status":"not ready"}"#.utf8), status: .serviceUnavailable)
            }
            return JSONResponse.bytes(Data(#"{"status":"ready"}"#.utf8))
        }
        table.add(.get, "healthz")
        table.add(.get, "readyz")
    }
}

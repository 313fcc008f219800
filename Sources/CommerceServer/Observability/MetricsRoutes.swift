import Foundation
import Hummingbird
import NIOCore

/// `/metrics`: Prometheus text, no token needed.
struct MetricsRoutes {
    let services: CommerceServices

    func register(on router: Router<CommerceRequestContext>, table: inout RouteTable) {
        router.get("metrics") { _, _ in
            let now = services.clock.now()
            let due = try await services.store.nextProvisioningDue()
            let exposition = MetricsExposition(
                snapshot: services.telemetry.snapshot, requestsInFlight: services.telemetry.requestsInFlight,
                provisioningLagSeconds: due.map { max(0, now.timeIntervalSince($0)) } ?? 0,
                clockOffsetSeconds: services.clock.advancedBy)
            var headers = HTTPFields()
            headers[.contentType] = PrometheusText.contentType
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: exposition.text)))
        }
        table.add(.get, "metrics")
    }
}

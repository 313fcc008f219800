import CommerceCore
import Foundation
import Hummingbird
import Logging
import PartnerCenterModels

/// `/admin/clock`: shows the business clock (`GET`) and moves it forward (`POST {"advance": "P8D"}`, only with
/// `--allow-clock-control`). A move provisions the pending orders it made due before answering, so whoever
/// moved the clock sees them completed at once and counted in `provisionedOrders` (the background worker leaves
/// them to the move); cart expiry reads the clock on every request.
struct AdminClockRoutes {
    let services: CommerceServices
    let logger: Logger
    let controlEnabled: Bool

    func register(on admin: RouterGroup<CommerceRequestContext>, table: inout RouteTable) {
        admin.get("clock", use: show)
        admin.post("clock", use: advance)
        table.add(.get, "admin/clock")
        table.add(.post, "admin/clock")
    }

    @Sendable func show(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        try JSONResponse.make(state(provisionedOrders: nil))
    }

    @Sendable func advance(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        guard controlEnabled else { throw CommerceError.clockControlDisabled }
        let sent = try await RequestBodyReader.decode(BusinessClockAdvance.self, from: request)
        guard let duration = ISODuration(sent.advance) else {
            throw CommerceError.invalidInput("advance", "'\(sent.advance)' is not an ISO 8601 duration such as P8D or PT1H.")
        }
        let now = services.clock.now()
        let interval = duration.added(to: now).timeIntervalSince(now)
        guard interval > 0 else { throw CommerceError.invalidInput("advance", "'\(sent.advance)' must move the clock forward.") }
        let worker = ProvisioningWorker(services: services, logger: logger)
        let provisioned = try await services.clock.move(by: interval) { try await worker.provisionEveryDueOrder() }
        return try JSONResponse.make(state(provisionedOrders: provisioned))
    }

    private func state(provisionedOrders: Int?) -> BusinessClockState {
        BusinessClockState(now: services.clock.now(), advancedBySeconds: services.clock.advancedBy,
                           controlEnabled: controlEnabled, provisionedOrders: provisionedOrders)
    }
}

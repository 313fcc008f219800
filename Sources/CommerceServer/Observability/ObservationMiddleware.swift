import Foundation
import Hummingbird
import Logging
import PartnerCenterModels

/// Watches every request from the outside of the chain: counts it in the metrics, keeps it in the request
/// journal, and logs one line with its ids, partner, route, status, latency and fault rule.
struct ObservationMiddleware: RouterMiddleware {
    typealias Context = CommerceRequestContext
    let telemetry: Telemetry
    let routes: RouteTableBox
    let logger: Logger

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        telemetry.requestStarted()
        defer { telemetry.requestFinished() }
        let observation = RequestObservation()
        var context = context
        context.observation = observation
        let response: Response
        do {
            response = try await next(request, context)
        } catch {
            // Errors are answered by the error middleware inside this one; anything else ends as a 500.
            record(request, context: context, status: 500, replayed: false, since: started, notes: observation.notes)
            throw error
        }
        let notes = observation.notes
        record(request, context: context, status: notes.droppedConnection ? 0 : Int(response.status.code),
               replayed: response.headers[.msIdempotentReplay] != nil, since: started, notes: notes)
        return response
    }

    private func record(_ request: Request, context: Context, status: Int, replayed: Bool, since started: ContinuousClock.Instant,
                        notes: RequestObservation.Notes) {
        let seconds = LoadSeconds.of(ContinuousClock.now - started)
        let path = request.uri.path
        let route = routes.table.pattern(matching: path) ?? "unmatched"
        let method = request.method.rawValue
        let entry = RequestJournalEntry(
            time: Date(), method: method, path: path, status: status, partner: notes.partner,
            requestId: context.requestIds.requestId, correlationId: context.requestIds.correlationId,
            latencyMilliseconds: (seconds * 1_000_000).rounded() / 1_000, faultRule: notes.faultRule)
        telemetry.record(CompletedRequest(method: method, route: route, status: status, seconds: seconds,
                                          replayed: replayed, faultRule: notes.faultRule), entry: entry)
        logger.info("request", metadata: [
            "method": .string(method), "path": .string(path), "route": .string(route), "status": .stringConvertible(status),
            "partner": .string(notes.partner ?? ""), "requestId": .string(entry.requestId),
            "correlationId": .string(entry.correlationId), "latencyMs": .stringConvertible(entry.latencyMilliseconds),
            "faultRule": .string(notes.faultRule ?? ""),
        ])
    }
}

import CommerceCore
import HTTPTypes
import Hummingbird
import PartnerCenterModels

/// Applies the operator's fault rules to partner requests (never to `/admin`, so rules can always be
/// removed): waits, answers in the service's place, drops the connection, or marks a checkout's order group to
/// fail. Every request a rule touches carries `MS-Fault-Injected: <rule id>`.
struct FaultInjectionMiddleware: RouterMiddleware {
    typealias Context = CommerceRequestContext
    let faults: FaultRuleBook

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let partner = context.identity?.tenantId
        context.observation?.note(partner: partner)
        let path = request.uri.path
        guard !AdminPaths.contains(path),
              let rule = faults.fault(method: request.method.rawValue, path: path, partner: partner),
              let ruleId = rule.id else {
            return try await next(request, context)
        }
        let dropsConnection = rule.dropConnection == true
        context.observation?.note(faultRule: ruleId, droppedConnection: dropsConnection)
        if let latency = rule.latencyMilliseconds, latency > 0 {
            try await Task.sleep(for: .milliseconds(latency))
        }
        var response: Response
        if dropsConnection {
            response = Self.droppedConnection()
        } else if let status = rule.status {
            response = CommerceErrorResponse.make(CommerceError(
                httpStatus: status, code: rule.code ?? 800003,
                description: rule.description ?? "The service could not answer (fault rule \(ruleId))."))
        } else {
            var context = context
            if let group = rule.failOrderGroup {
                context.forcedGroupFailures[group] = OrderError(
                    orderGroupId: group, code: rule.code ?? 800003,
                    description: rule.description ?? "Order group \(group) could not be ordered (fault rule \(ruleId)).")
            }
            do {
                response = try await next(request, context)
            } catch let error as CommerceError {
                response = CommerceErrorResponse.make(error)
            }
        }
        response.headers[.msFaultInjected] = ruleId
        return response
    }

    /// An answer whose body fails as it is written, so the server closes the connection without completing it.
    private static func droppedConnection() -> Response {
        Response(status: .internalServerError, body: ResponseBody { _ in throw ConnectionDropped() })
    }

    private struct ConnectionDropped: Error {}
}

/// The operator surface's paths.
enum AdminPaths {
    /// Whether `path` is under `/admin`.
    static func contains(_ path: String) -> Bool {
        let lowered = path.lowercased()
        return lowered == "/admin" || lowered.hasPrefix("/admin/")
    }
}

extension HTTPField.Name {
    /// `MS-Fault-Injected: <rule id>` on answers a fault rule touched.
    static let msFaultInjected = HTTPField.Name("MS-Fault-Injected") ?? .via
}

import AsyncHTTPClient
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore
import ServiceLifecycle

/// An HTTP proxy on a loopback port that forwards every request to a test server with AsyncHTTPClient, records
/// what it saw in ``journal``, and misbehaves as the journal's rules say (lost answers, 429s, 5xx, delays).
final class ForwardingProxy: Sendable {
    let journal: ProxyJournal
    private let service: LoopbackService

    /// Starts a proxy in front of `target` (e.g. `http://127.0.0.1:8080`).
    static func start(forwardingTo target: String) async throws -> ForwardingProxy {
        let journal = ProxyJournal()
        let router = Router()
        router.add(middleware: ForwardingMiddleware(target: target, journal: journal))
        let logger = Logger(label: "forwarding-proxy", factory: { _ in SwiftLogNoOpLogHandler() })
        let service = try await LoopbackService.start(logger: logger) { onRunning in
            Application(
                router: router, configuration: .init(address: .hostname("127.0.0.1", port: 0)),
                onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? 0) }, logger: logger)
        }
        return ForwardingProxy(journal: journal, service: service)
    }

    private init(journal: ProxyJournal, service: LoopbackService) {
        self.journal = journal
        self.service = service
    }

    /// `http://127.0.0.1:<port>`.
    var baseURL: String { service.baseURL }

    /// Stops the proxy and waits for it to finish.
    func stop() async {
        await service.stop()
    }
}

/// Handles every request the proxy receives (middleware runs for unrouted paths too).
private struct ForwardingMiddleware: RouterMiddleware {
    typealias Context = BasicRequestContext
    let target: String
    let journal: ProxyJournal

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let body = try await request.body.collect(upTo: 8 << 20)
        var headers: [String: String] = [:]
        for field in request.headers { headers[field.name.rawName.lowercased()] = field.value }
        let seen = ProxyJournal.SeenRequest(
            method: request.method.rawValue, target: request.uri.description, headers: headers,
            body: Data(body.readableBytesView))
        switch await journal.record(seen) {
        case nil:
            return try await forward(seen).response
        case .forwardThenAnswer(let status, let text):
            _ = try await forward(seen)
            return Self.answer(status: status, headers: [:], body: text)
        case .answer(let status, let extra, let text):
            return Self.answer(status: status, headers: extra, body: text)
        case .delayThenForward(let delay):
            try await Task.sleep(for: delay)
            return try await forward(seen).response
        case .forwardRewritingBody(let rewrite):
            var answer = try await forward(seen)
            answer.body = ByteBuffer(data: try rewrite(Data(answer.body.readableBytesView)))
            return answer.response
        }
    }

    /// The server's answer, read whole.
    private struct ForwardedAnswer {
        let status: Int
        let headers: HTTPFields
        var body: ByteBuffer

        var response: Response {
            Response(status: .init(code: status), headers: headers, body: ResponseBody(byteBuffer: body))
        }
    }

    private func forward(_ seen: ProxyJournal.SeenRequest) async throws -> ForwardedAnswer {
        var outgoing = HTTPClientRequest(url: target + seen.target)
        outgoing.method = .init(rawValue: seen.method)
        for (name, value) in seen.headers where !["host", "content-length", "connection"].contains(name) {
            outgoing.headers.add(name: name, value: value)
        }
        if !seen.body.isEmpty { outgoing.body = .bytes(ByteBuffer(data: seen.body)) }
        let response = try await HTTPClient.shared.execute(outgoing, timeout: .seconds(30))
        let body = try await response.body.collect(upTo: 32 << 20)
        var fields = HTTPFields()
        for (name, value) in response.headers
        where !["content-length", "transfer-encoding", "connection"].contains(name.lowercased()) {
            if let fieldName = HTTPField.Name(name) { fields.append(HTTPField(name: fieldName, value: value)) }
        }
        return ForwardedAnswer(status: Int(response.status.code), headers: fields, body: body)
    }

    private static func answer(status: Int, headers: [String: String], body: String) -> Response {
        var fields = HTTPFields()
        fields[.contentType] = "application/json; charset=utf-8"
        for (name, value) in headers {
            if let fieldName = HTTPField.Name(name) { fields[fieldName] = value }
        }
        return Response(status: .init(code: status), headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: body)))
    }
}

/// Runs `body` with a fresh server and a proxy in front of it, stopping both afterwards.
func withProxiedServer<T>(_ body: (TestServer, ForwardingProxy) async throws -> T) async throws -> T {
    try await withTestServer { server in
        try await withStarted({ try await ForwardingProxy.start(forwardingTo: server.baseURL) }, stop: { await $0.stop() }) { proxy in
            try await body(server, proxy)
        }
    }
}

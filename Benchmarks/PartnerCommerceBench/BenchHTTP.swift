import CommerceCore
import Foundation
import NIOCore
import NIOHTTP1
import Synchronization

/// The benchmark's HTTP side: keep-alive connections, one per request in flight, and timed requests. Given several
/// endpoints (instances of one server on one database), it sends each request to the next one in turn, as a
/// round-robin load balancer would.
struct BenchHTTP: Sendable {
    let endpoints: [BenchEndpoint]
    /// The `Authorization` header's value.
    private let authorization: String
    private let turn = EndpointTurn()
    private let idle: IdleConnections
    private static let responseTimeout = TimeAmount.seconds(60)

    /// What one request answered, and how long it took.
    struct Answer: Sendable {
        /// HTTP status, 0 for a transport failure.
        let status: Int
        let body: [UInt8]
        let microseconds: UInt64
    }

    init(endpoints: [BenchEndpoint], token: String) {
        self.endpoints = endpoints
        authorization = "Bearer \(token)"
        idle = IdleConnections(endpointCount: endpoints.count)
    }

    func shutdown() {
        idle.closeAll()
    }

    /// Sends a request with a fresh MS-RequestId and times it, from send to the last byte of the answer.
    func send(_ method: HTTPMethod, _ path: String, body: [UInt8]? = nil, authorized: Bool = true) async -> Answer {
        let index = turn.next(of: endpoints.count)
        let endpoint = endpoints[index]
        var head = HTTPRequestHead(version: .http1_1, method: method, uri: endpoint.basePath + path)
        head.headers.add(name: "Host", value: endpoint.hostHeader)
        head.headers.add(name: "MS-RequestId", value: ResourceIdentifiers.guid())
        if authorized { head.headers.add(name: "Authorization", value: authorization) }
        if let body {
            head.headers.add(name: "Content-Type", value: "application/json")
            head.headers.add(name: "Content-Length", value: String(body.count))
        } else if method == .POST {
            head.headers.add(name: "Content-Length", value: "0")
        }
        let started = ContinuousClock.now
        var connection = idle.take(for: index)
        do {
            if connection == nil {
                connection = try await BenchConnection.connect(host: endpoint.host, port: endpoint.port,
                                                               timeout: Self.responseTimeout)
            }
            guard let connection else { throw ResponseTimedOut() }
            let response = try await connection.exchange(head, body: body.map { ByteBuffer(bytes: $0) })
            idle.put(connection, for: index)
            return Answer(status: response.status, body: Array(response.body.readableBytesView),
                          microseconds: Self.microseconds(since: started))
        } catch {
            connection?.close()
            return Answer(status: 0, body: [], microseconds: Self.microseconds(since: started))
        }
    }

    private static func microseconds(since start: ContinuousClock.Instant) -> UInt64 {
        let elapsed = ContinuousClock.now - start
        let (seconds, attoseconds) = elapsed.components
        return UInt64(max(0, seconds)) * 1_000_000 + UInt64(max(0, attoseconds)) / 1_000_000_000_000
    }

    /// The `id` of a created resource's answer.
    static func createdId(_ answer: Answer) -> String? {
        AnswerSkim(answer.body).string("id")
    }

    /// How many orders a checkout answer lists.
    static func orderCount(_ answer: Answer) -> Int? {
        AnswerSkim(answer.body).objectCount("orders")
    }

    /// The `totalCount` of a collection answer.
    static func totalCount(_ answer: Answer) -> Int? {
        AnswerSkim(answer.body).integer("totalCount")
    }
}

/// Where the server listens, from a base URL such as `http://127.0.0.1:8080`.
struct BenchEndpoint: Sendable {
    let host: String
    let port: Int
    /// The URL's path without its trailing slash, put before every request's path.
    let basePath: String
    let hostHeader: String

    /// Reads a base URL; only plain `http` is spoken.
    init?(_ text: String) {
        guard let url = URL(string: text), url.scheme?.lowercased() == "http", let host = url.host, !host.isEmpty else {
            return nil
        }
        self.host = host
        port = url.port ?? 80
        basePath = url.path.hasSuffix("/") ? String(url.path.dropLast()) : url.path
        hostHeader = url.port.map { "\(host):\($0)" } ?? host
    }
}

/// Whose turn it is among the endpoints.
private final class EndpointTurn: Sendable {
    private let count = Atomic<Int>(0)

    func next(of endpointCount: Int) -> Int {
        count.wrappingAdd(1, ordering: .relaxed).oldValue % endpointCount
    }
}

/// Connections waiting for their next request, by endpoint. A request takes one, or opens a new one when none
/// waits, and gives it back when its response is complete; so there are never more connections than requests
/// that were once in flight together.
private final class IdleConnections: Sendable {
    private let waiting: Mutex<[[BenchConnection]]>

    init(endpointCount: Int) {
        waiting = Mutex(Array(repeating: [], count: endpointCount))
    }

    func take(for endpoint: Int) -> BenchConnection? {
        waiting.withLock { stacks in
            while let connection = stacks[endpoint].popLast() {
                if connection.isActive { return connection }
            }
            return nil
        }
    }

    func put(_ connection: BenchConnection, for endpoint: Int) {
        waiting.withLock { $0[endpoint].append(connection) }
    }

    func closeAll() {
        let all = waiting.withLock { stacks in
            defer { stacks = stacks.map { _ in [] } }
            return stacks.flatMap { $0 }
        }
        for connection in all { connection.close() }
    }
}

import Synchronization
import Hummingbird

/// The method and path pattern of every route, so that a path served under another method can be answered
/// 405 instead of 404.
struct RouteTable: Sendable {
    private var patterns: [(method: HTTPRequest.Method, segments: [Substring])] = []

    mutating func add(_ method: HTTPRequest.Method, _ path: String) {
        patterns.append((method, path.split(separator: "/")))
    }

    /// Whether some route matches `path` with a method other than `method`.
    func hasRoute(path: String, otherThan method: HTTPRequest.Method) -> Bool {
        let segments = path.split(separator: "/")
        return patterns.contains { pattern in
            pattern.method != method && pattern.segments.count == segments.count
                && zip(pattern.segments, segments).allSatisfy { $0.hasPrefix(":") || $0.lowercased() == $1.lowercased() }
        }
    }

    /// The pattern of the route serving `path` under any method (`/v1/customers/:customerId`), or `nil`.
    func pattern(matching path: String) -> String? {
        let segments = path.split(separator: "/")
        let match = patterns.first { pattern in
            pattern.segments.count == segments.count
                && zip(pattern.segments, segments).allSatisfy { $0.hasPrefix(":") || $0.lowercased() == $1.lowercased() }
        }
        return match.map { "/" + $0.segments.joined(separator: "/") }
    }

    /// Every route as `METHOD /path`, for documentation checks.
    var descriptions: [String] {
        patterns.map { "\($0.method.rawValue) /\($0.segments.joined(separator: "/"))" }
    }
}

/// Holds the route table for middleware that is created before the routes are registered.
final class RouteTableBox: Sendable {
    private let storage = Mutex(RouteTable())

    /// The table as last set.
    var table: RouteTable { storage.withLock { $0 } }

    /// Sets the finished table.
    func set(_ table: RouteTable) {
        storage.withLock { $0 = table }
    }
}

import Synchronization
import Hummingbird

/// The method and path pattern of every route, so that a path served under another method can be answered
/// 405 instead of 404.
struct RouteTable: Sendable {
    private var patterns: [(method: HTTPRequest.Method, segments: [Substring], label: String)] = []

    mutating func add(_ method: HTTPRequest.Method, _ path: String) {
        let segments = path.split(separator: "/")
        patterns.append((method, segments, "/" + segments.joined(separator: "/")))
    }

    /// Whether some route matches `path` with a method other than `method`.
    func hasRoute(path: String, otherThan method: HTTPRequest.Method) -> Bool {
        let segments = path.split(separator: "/")
        return patterns.contains { pattern in
            pattern.method != method && pattern.segments.count == segments.count
                && zip(pattern.segments, segments).allSatisfy(Self.matches)
        }
    }

    /// The pattern of the route serving `path` under any method (`/v1/customers/:customerId`), or `nil`.
    func pattern(matching path: String) -> String? {
        let segments = path.split(separator: "/")
        let match = patterns.first { pattern in
            pattern.segments.count == segments.count
                && zip(pattern.segments, segments).allSatisfy(Self.matches)
        }
        return match?.label
    }

    /// Whether a path segment matches a pattern's segment: any text for a `:parameter`, otherwise the same
    /// text in any ASCII letter case. Compared byte by byte: this runs for every request.
    private static func matches(_ pattern: Substring, _ segment: Substring) -> Bool {
        if pattern.utf8.first == UInt8(ascii: ":") { return true }
        guard pattern.utf8.count == segment.utf8.count else { return false }
        return zip(pattern.utf8, segment.utf8).allSatisfy { asciiLowercase($0) == asciiLowercase($1) }
    }

    private static func asciiLowercase(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    /// Every route as `METHOD /path`, for documentation checks.
    var descriptions: [String] {
        patterns.map { "\($0.method.rawValue) \($0.label)" }
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

/// A fault rule's path pattern: `/v1/customers/*/carts/*/checkout`. `*` stands for exactly one path segment,
/// a final `**` for any rest of the path (including none); other segments match case-insensitively.
struct PathPattern: Sendable {
    private let segments: [String]
    private let matchesAnyRest: Bool

    /// Parses a pattern; `nil` when it does not start with `/` or has `**` anywhere but at the end.
    init?(_ text: String) {
        guard text.hasPrefix("/") else { return nil }
        var parts = text.split(separator: "/").map { $0.lowercased() }
        matchesAnyRest = parts.last == "**"
        if matchesAnyRest { parts.removeLast() }
        guard !parts.contains("**") else { return nil }
        segments = parts
    }

    /// Whether `path` (without its query) matches.
    func matches(_ path: String) -> Bool {
        let parts = path.split(separator: "/")
        guard matchesAnyRest ? parts.count >= segments.count : parts.count == segments.count else { return false }
        return zip(segments, parts).allSatisfy { pattern, part in
            pattern == "*" || pattern == part.lowercased()
        }
    }
}

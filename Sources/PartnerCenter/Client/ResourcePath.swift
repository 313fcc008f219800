import Foundation

/// A Partner Center address below the API version root: path segments and query parameters, rendered as
/// `/v1/customers/{id}/orders?include_price=true` with every part percent-encoded. (Operator paths are under
/// `/admin` instead of `/v1`.)
struct ResourcePath: Sendable, Equatable {
    /// The first segment: `v1`, or `admin` for a PartnerCommerce server's operator surface.
    private(set) var root = "v1"
    /// The segments after `/v1`, not yet encoded.
    private(set) var segments: [String]
    /// The query parameters in order, not yet encoded.
    private(set) var query: [QueryParameter]

    /// One `name=value` pair of a query string.
    struct QueryParameter: Sendable, Equatable {
        let name: String
        let value: String
    }

    init(_ segments: String...) {
        self.segments = segments
        self.query = []
    }

    /// A path on the operator surface: `/admin/...`.
    static func operatorSurface(_ segments: String...) -> ResourcePath {
        var path = ResourcePath()
        path.root = "admin"
        path.segments = segments
        return path
    }

    /// This path with more segments after it.
    func appending(_ more: String...) -> ResourcePath {
        var copy = self
        copy.segments += more
        return copy
    }

    /// This path with a query parameter added; a `nil` value adds nothing.
    func adding(_ name: String, _ value: String?) -> ResourcePath {
        guard let value else { return self }
        var copy = self
        copy.query.append(QueryParameter(name: name, value: value))
        return copy
    }

    /// `/v1/...?...`, ready to append to a base URL.
    var rendered: String {
        let path = "/\(root)/" + segments.map { $0.addingPercentEncoding(withAllowedCharacters: Self.segmentCharacters) ?? $0 }
            .joined(separator: "/")
        guard !query.isEmpty else { return path }
        let pairs = query.map { parameter in
            let name = parameter.name.addingPercentEncoding(withAllowedCharacters: Self.queryCharacters) ?? parameter.name
            let value = parameter.value.addingPercentEncoding(withAllowedCharacters: Self.queryCharacters) ?? parameter.value
            return "\(name)=\(value)"
        }
        return path + "?" + pairs.joined(separator: "&")
    }

    private static let segmentCharacters = CharacterSet.urlPathAllowed.subtracting(CharacterSet(charactersIn: "/;"))
    private static let queryCharacters = CharacterSet.urlQueryAllowed.subtracting(CharacterSet(charactersIn: "&=+?#"))
}

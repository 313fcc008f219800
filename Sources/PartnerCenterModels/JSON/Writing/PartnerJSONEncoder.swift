import Foundation

/// Encodes every response body the same way.
///
/// - Property names are written as declared (camelCase), without key conversion.
/// - `Date` values are written with ``PartnerTimestamp/format(_:)``: UTC, seven fractional digits
///   and `Z`, such as `2019-01-16T00:45:41.6062996Z`.
/// - Slashes are not escaped, so links read `/customers/...`.
/// - Output is compact unless `prettyPrinted` is set.
/// - Keys are sorted by default. Foundation's `JSONEncoder` on Linux does not keep declaration
///   order: without sorting, the member order of one type's output can change from call to call.
///   Sorting makes every body byte-for-byte reproducible.
/// - Optional properties that are `nil` are omitted, as synthesized `Codable` does with
///   `encodeIfPresent`.
///
/// Compact, sorted output (the default, and every answer the server sends) is built by ``JSONTreeEncoder``,
/// which writes the same bytes as Foundation's `JSONEncoder` several times faster; other options use
/// Foundation's. The resources encoded most (orders, carts, subscriptions) write the same bytes themselves,
/// without building a tree (see ``JSONDirectlyWritable``). The encoder is a value type holding only options and
/// every call uses its own state, so one instance can be shared by any number of concurrent tasks.
public struct PartnerJSONEncoder: Sendable {
    /// Whether to indent the output for people to read.
    public var prettyPrinted: Bool

    /// Whether to write object members sorted by key, which makes output deterministic.
    public var sortedKeys: Bool

    /// Creates an encoder; output is compact unless `prettyPrinted` is `true`, and keys are sorted
    /// unless `sortedKeys` is `false`.
    public init(prettyPrinted: Bool = false, sortedKeys: Bool = true) {
        self.prettyPrinted = prettyPrinted
        self.sortedKeys = sortedKeys
    }

    /// Encodes `value` as UTF-8 JSON.
    public func encode<T: Encodable>(_ value: T) throws -> Data {
        guard sortedKeys, !prettyPrinted else { return try makeEncoder().encode(value) }
        if let writable = value as? any JSONDirectlyWritable {
            return try Self.encodeDirectly(writable)
        }
        return try Self.encodeThroughTree(value)
    }

    /// Compact, sorted JSON of a value that writes itself (see ``JSONDirectlyWritable``).
    static func encodeDirectly(_ value: some JSONDirectlyWritable) throws -> Data {
        var writer = JSONTreeWriter()
        try value.writeJSON(to: &writer)
        return Data(writer.bytes)
    }

    /// Compact, sorted JSON of any value, built as a ``JSONTree`` through its `Encodable` conformance: the path
    /// ``encodeDirectly(_:)`` must match byte for byte.
    static func encodeThroughTree<T: Encodable>(_ value: T) throws -> Data {
        var writer = JSONTreeWriter()
        writer.write(try JSONTreeEncoder.tree(of: value))
        return Data(writer.bytes)
    }

    /// A flat object of string members, compact with sorted keys: what ``encode(_:)`` writes for
    /// `[String: String]`, without going through `Encodable` (one log line per request is written this way).
    public static func flatObject(_ members: [String: String]) -> Data {
        flatObject(members.map { (key: $0.key, value: $0.value) })
    }

    /// A flat object of string members given in order, compact with sorted keys; of members with the same
    /// key, the last one is written.
    public static func flatObject(_ members: [(key: String, value: String)]) -> Data {
        let tree = JSONTree.Members()
        for (key, value) in members { tree.set(key, .string(value)) }
        var writer = JSONTreeWriter(capacity: 512)
        writer.write(.object(tree))
        return Data(writer.bytes)
    }

    /// Encodes `value` with Foundation's `JSONEncoder` whatever the options, for comparing with the fast path.
    func encodeWithFoundation<T: Encodable>(_ value: T) throws -> Data {
        try makeEncoder().encode(value)
    }

    private func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.keyEncodingStrategy = .useDefaultKeys
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(PartnerTimestamp.format(date))
        }
        var formatting: JSONEncoder.OutputFormatting = [.withoutEscapingSlashes]
        if prettyPrinted { formatting.insert(.prettyPrinted) }
        if sortedKeys { formatting.insert(.sortedKeys) }
        encoder.outputFormatting = formatting
        return encoder
    }
}

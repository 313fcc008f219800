/// A value that writes its own compact JSON, members sorted by key, straight into a ``JSONTreeWriter``.
///
/// What a conforming value writes is byte for byte what ``JSONTreeEncoder`` and ``JSONTreeWriter`` write for it
/// through its `Encodable` conformance: the same members, `nil` optionals omitted as `encodeIfPresent` omits them,
/// in the order ``KeyOrder`` gives, each scalar spelled by the writer's own scalar writers. It only skips building
/// the tree and sorting each object's members at run time. ``PartnerJSONEncoder`` takes this path for compact,
/// sorted output of a conforming value.
protocol JSONDirectlyWritable: Encodable {
    /// Appends this value's JSON to `writer`.
    ///
    /// - Throws: `EncodingError.invalidValue` for a number JSON cannot spell (infinity or NaN), as encoding
    ///   through the tree does.
    func writeJSON(to writer: inout JSONTreeWriter) throws
}

// Resource attributes written directly, members in sorted key order (see `JSONDirectlyWritable`).

extension ResourceAttributes: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) {
        writer.beginObject()
        writer.writeMember("etag", etag)
        writer.writeMember("objectType", objectType)
        writer.endObject()
    }
}

// A partner of record written directly, members in sorted key order (see `JSONDirectlyWritable`).

extension Participant: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) {
        writer.beginObject()
        writer.writeMember("key", key)
        writer.writeMember("value", value)
        writer.endObject()
    }
}

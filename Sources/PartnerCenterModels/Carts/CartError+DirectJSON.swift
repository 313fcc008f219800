// A line-item error written directly, members in sorted key order (see `JSONDirectlyWritable`).

extension CartError: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        writer.beginObject()
        try writer.writeMember("additionalInformation", additionalInformation)
        writer.writeMember("errorCode", errorCode)
        writer.writeMember("errorDescription", errorDescription)
        writer.endObject()
    }
}

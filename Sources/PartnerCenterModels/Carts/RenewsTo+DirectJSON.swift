// A renewal instruction written directly (see `JSONDirectlyWritable`).

extension RenewsTo: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) {
        writer.beginObject()
        writer.writeMember("termDuration", termDuration)
        writer.endObject()
    }
}

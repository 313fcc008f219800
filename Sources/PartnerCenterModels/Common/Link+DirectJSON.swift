// Links written directly, members in sorted key order (see `JSONDirectlyWritable`).

extension Link: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        writer.beginObject()
        try writer.writeMember("headers", headers)
        writer.writeMember("method", method)
        writer.writeMember("uri", uri)
        writer.endObject()
    }
}

extension LinkHeader: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) {
        writer.beginObject()
        writer.writeMember("key", key)
        writer.writeMember("value", value)
        writer.endObject()
    }
}

extension SelfLinks: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        writer.beginObject()
        // The property named `self`: a bare `self` here is this value.
        try writer.writeMember("self", self.`self`)
        writer.endObject()
    }
}

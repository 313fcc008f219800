// A cart written directly, members in sorted key order (see `JSONDirectlyWritable`).

extension Cart: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        writer.beginObject()
        try writer.writeMember("attributes", attributes)
        writer.writeMember("creationTimestamp", creationTimestamp)
        writer.writeMember("expirationTimestamp", expirationTimestamp)
        writer.writeMember("id", id)
        writer.writeMember("lastModifiedTimestamp", lastModifiedTimestamp)
        writer.writeMember("lastModifiedUser", lastModifiedUser)
        try writer.writeMember("lineItems", lineItems)
        try writer.writeMember("links", links)
        writer.writeMember("partnerOnRecordAttestationAccepted", partnerOnRecordAttestationAccepted)
        writer.writeMember("status", status)
        writer.endObject()
    }
}

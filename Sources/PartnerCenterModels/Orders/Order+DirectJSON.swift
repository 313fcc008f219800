// An order and its links written directly, members in sorted key order (see `JSONDirectlyWritable`).

extension Order: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        writer.beginObject()
        writer.writeMember("alternateId", alternateId)
        try writer.writeMember("attributes", attributes)
        writer.writeMember("billingCycle", billingCycle)
        writer.writeMember("creationDate", creationDate)
        writer.writeMember("currencyCode", currencyCode)
        writer.writeMember("currencySymbol", currencySymbol)
        writer.writeMember("id", id)
        try writer.writeMember("lineItems", lineItems)
        try writer.writeMember("links", links)
        writer.writeMember("partnerOnRecordAttestationAccepted", partnerOnRecordAttestationAccepted)
        writer.writeMember("referenceCustomerId", referenceCustomerId)
        writer.writeMember("status", status)
        try writer.writeMember("totalPrice", totalPrice)
        writer.writeMember("transactionType", transactionType)
        writer.endObject()
    }
}

extension OrderLinks: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        writer.beginObject()
        try writer.writeMember("patchOperation", patchOperation)
        try writer.writeMember("provisioningStatus", provisioningStatus)
        // The property named `self`: a bare `self` here is this value.
        try writer.writeMember("self", self.`self`)
        writer.endObject()
    }
}

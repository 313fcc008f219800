// A subscription written directly, members in sorted key order (see `JSONDirectlyWritable`).

extension Subscription: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        writer.beginObject()
        try writer.writeMember("attributes", attributes)
        writer.writeMember("autoRenewEnabled", autoRenewEnabled)
        writer.writeMember("billingCycle", billingCycle)
        writer.writeMember("commitmentEndDate", commitmentEndDate)
        writer.writeMember("contractType", contractType)
        writer.writeMember("creationDate", creationDate)
        writer.writeMember("effectiveStartDate", effectiveStartDate)
        writer.writeMember("friendlyName", friendlyName)
        writer.writeMember("id", id)
        writer.writeMember("isTrial", isTrial)
        try writer.writeMember("links", links)
        writer.writeMember("offerId", offerId)
        writer.writeMember("offerName", offerName)
        writer.writeMember("orderId", orderId)
        writer.writeMember("quantity", quantity)
        writer.writeMember("renewalTermDuration", renewalTermDuration)
        writer.writeMember("status", status)
        writer.writeMember("termDuration", termDuration)
        writer.writeMember("unitType", unitType)
        writer.endObject()
    }
}

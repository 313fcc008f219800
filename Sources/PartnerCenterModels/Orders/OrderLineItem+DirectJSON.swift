// An order line item and its links written directly, members in sorted key order (see `JSONDirectlyWritable`).

extension OrderLineItem: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        writer.beginObject()
        writer.writeMember("attestationAccepted", attestationAccepted)
        writer.writeMember("friendlyName", friendlyName)
        writer.writeMember("lineItemNumber", lineItemNumber)
        try writer.writeMember("links", links)
        writer.writeMember("offerId", offerId)
        writer.writeMember("parentSubscriptionId", parentSubscriptionId)
        writer.writeMember("partnerIdOnRecord", partnerIdOnRecord)
        try writer.writeMember("pricing", pricing)
        writer.writeMember("promotionId", promotionId)
        writer.writeMember("provisioningContext", provisioningContext)
        writer.writeMember("quantity", quantity)
        try writer.writeMember("renewsTo", renewsTo)
        writer.writeMember("subscriptionId", subscriptionId)
        writer.writeMember("termDuration", termDuration)
        writer.writeMember("transactionType", transactionType)
        writer.endObject()
    }
}

extension OrderLineItemLinks: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        writer.beginObject()
        try writer.writeMember("availability", availability)
        try writer.writeMember("product", product)
        try writer.writeMember("provisioningStatus", provisioningStatus)
        try writer.writeMember("sku", sku)
        try writer.writeMember("subscription", subscription)
        writer.endObject()
    }
}

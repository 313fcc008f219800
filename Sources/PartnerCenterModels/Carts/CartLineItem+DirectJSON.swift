// A cart line item written directly, members in sorted key order (see `JSONDirectlyWritable`).

extension CartLineItem: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        writer.beginObject()
        try writer.writeMember("addonItems", addonItems)
        writer.writeMember("attestationAccepted", attestationAccepted)
        writer.writeMember("billingCycle", billingCycle)
        writer.writeMember("catalogItemId", catalogItemId)
        writer.writeMember("currencyCode", currencyCode)
        writer.writeMember("customTermEndDate", customTermEndDate)
        try writer.writeMember("error", error)
        writer.writeMember("friendlyName", friendlyName)
        writer.writeMember("id", id)
        writer.writeMember("orderGroup", orderGroup)
        try writer.writeMember("participants", participants)
        try writer.writeMember("pricing", pricing)
        writer.writeMember("promotionId", promotionId)
        writer.writeMember("provisioningContext", provisioningContext)
        writer.writeMember("quantity", quantity)
        try writer.writeMember("renewsTo", renewsTo)
        writer.writeMember("termDuration", termDuration)
        writer.endObject()
    }
}

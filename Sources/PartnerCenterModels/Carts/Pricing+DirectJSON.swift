// Prices written directly, members in sorted key order (see `JSONDirectlyWritable`).

extension Pricing: JSONDirectlyWritable {
    func writeJSON(to writer: inout JSONTreeWriter) throws {
        writer.beginObject()
        try writer.writeMember("discountedPrice", discountedPrice)
        try writer.writeMember("extendedPrice", extendedPrice)
        try writer.writeMember("listPrice", listPrice)
        try writer.writeMember("price", price)
        try writer.writeMember("proratedPrice", proratedPrice)
        writer.endObject()
    }
}

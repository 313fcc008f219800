import Foundation
import PartnerCenterModels

/// The body of a checkout answer, written around order bodies that were encoded already (each new order is
/// encoded once to be stored), so that a checkout does not encode its orders twice. The bytes are those
/// ``StoredJSON`` writes for the whole ``CartCheckoutResult``: members sorted by key, compact.
enum CheckoutResultBody {
    static func encode(_ result: CartCheckoutResult, encodedOrders: [String: Data]) throws -> Data {
        var body = Data(#"{"attributes":{"objectType":"CartCheckoutResult"},"orderErrors":"#.utf8)
        body.append(try StoredJSON.encode(result.orderErrors))
        body.append(contentsOf: #","orders":["#.utf8)
        for (index, order) in result.orders.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            if let id = order.id, let encoded = encodedOrders[id] {
                body.append(encoded)
            } else {
                body.append(try StoredJSON.encode(order))
            }
        }
        body.append(contentsOf: "]}".utf8)
        return body
    }
}

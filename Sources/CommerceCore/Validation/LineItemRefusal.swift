import PartnerCenterModels

/// A validation rule's verdict on one line item, carried as an error until it is written into the item.
struct LineItemRefusal: Error {
    let code: CartLineItemErrorCode
    let description: String
    let additionalInformation: [String: JSONValue]?

    init(_ code: CartLineItemErrorCode, _ description: String, additionalInformation: [String: JSONValue]? = nil) {
        self.code = code
        self.description = description
        self.additionalInformation = additionalInformation
    }

    var cartError: CartError {
        CartError(errorCode: code.rawValue, errorDescription: description, additionalInformation: additionalInformation)
    }
}

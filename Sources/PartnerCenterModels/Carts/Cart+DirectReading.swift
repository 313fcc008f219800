// A cart and its parts read from the form the encoder writes (see `JSONDirectlyReadable`). Clients that send
// their carts in that form, as most do, are read this way too.

extension Cart: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        self.init(id: nil, creationTimestamp: nil, lastModifiedTimestamp: nil, expirationTimestamp: nil,
                  lastModifiedUser: nil, lineItems: nil, status: nil, links: nil, attributes: nil)
        for member in try value.writtenMembers() {
            let value = member.value
            switch member.key {
            case "attributes": attributes = try ResourceAttributes(writtenForm: value)
            case "creationTimestamp": creationTimestamp = try value.writtenDate()
            case "expirationTimestamp": expirationTimestamp = try value.writtenDate()
            case "id": id = try value.writtenString()
            case "lastModifiedTimestamp": lastModifiedTimestamp = try value.writtenDate()
            case "lastModifiedUser": lastModifiedUser = try value.writtenString()
            case "lineItems": lineItems = try value.writtenArray(of: CartLineItem.self)
            case "links": links = try SelfLinks(writtenForm: value)
            case "partnerOnRecordAttestationAccepted": partnerOnRecordAttestationAccepted = try value.writtenBool()
            case "status": status = try value.writtenCase(of: CartStatus.self)
            default: throw NotWrittenForm()
            }
        }
    }
}

extension CartLineItem: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        self.init(catalogItemId: nil, quantity: nil, billingCycle: nil)
        for member in try value.writtenMembers() {
            let value = member.value
            switch member.key {
            case "addonItems": addonItems = try value.writtenArray(of: CartLineItem.self)
            case "attestationAccepted": attestationAccepted = try value.writtenBool()
            case "billingCycle": billingCycle = try value.writtenCase(of: BillingCycle.self)
            case "catalogItemId": catalogItemId = try value.writtenString()
            case "currencyCode": currencyCode = try value.writtenString()
            case "customTermEndDate": customTermEndDate = try value.writtenDate()
            case "error": error = try CartError(writtenForm: value)
            case "friendlyName": friendlyName = try value.writtenString()
            case "id": id = try value.writtenInt()
            case "orderGroup": orderGroup = try value.writtenString()
            case "participants": participants = try value.writtenArray(of: Participant.self)
            case "pricing": pricing = try Pricing(writtenForm: value)
            case "promotionId": promotionId = try value.writtenString()
            case "provisioningContext": provisioningContext = try value.writtenStringMap()
            case "quantity": quantity = try value.writtenInt()
            case "renewsTo": renewsTo = try RenewsTo(writtenForm: value)
            case "termDuration": termDuration = try value.writtenString()
            default: throw NotWrittenForm()
            }
        }
    }
}

extension CartError: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        var code: Int?
        var description: String?
        var information: [String: JSONValue]?
        for member in try value.writtenMembers() {
            switch member.key {
            case "additionalInformation":
                information = Dictionary(try member.value.writtenMembers().map { ($0.key, $0.value) },
                                         uniquingKeysWith: { _, last in last })
            case "errorCode": code = try member.value.writtenInt()
            case "errorDescription": description = try member.value.writtenString()
            default: throw NotWrittenForm()
            }
        }
        guard let code, let description else { throw NotWrittenForm() }
        self.init(errorCode: code, errorDescription: description, additionalInformation: information)
    }
}

extension Participant: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        let pair = try value.writtenKeyAndValue()
        guard let key = pair.key else { throw NotWrittenForm() }
        self.init(rawKey: key, value: pair.value)
    }
}

extension SelfLinks: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        self.init(self: nil)
        for member in try value.writtenMembers() {
            switch member.key {
            case "self": self.`self` = try Link(writtenForm: member.value)
            default: throw NotWrittenForm()
            }
        }
    }
}

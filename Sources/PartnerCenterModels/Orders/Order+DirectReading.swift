// An order and its parts read from the form the encoder writes (see `JSONDirectlyReadable`).

extension Order: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        self.init(id: nil, alternateId: nil, referenceCustomerId: nil, billingCycle: nil, currencyCode: nil,
                  currencySymbol: nil, lineItems: nil, creationDate: nil, status: nil, transactionType: nil,
                  totalPrice: nil, links: nil)
        attributes = nil
        for member in try value.writtenMembers() {
            let value = member.value
            switch member.key {
            case "alternateId": alternateId = try value.writtenString()
            case "attributes": attributes = try ResourceAttributes(writtenForm: value)
            case "billingCycle": billingCycle = try value.writtenCase(of: BillingCycle.self)
            case "creationDate": creationDate = try value.writtenDate()
            case "currencyCode": currencyCode = try value.writtenString()
            case "currencySymbol": currencySymbol = try value.writtenString()
            case "id": id = try value.writtenString()
            case "lineItems": lineItems = try value.writtenArray(of: OrderLineItem.self)
            case "links": links = try OrderLinks(writtenForm: value)
            case "partnerOnRecordAttestationAccepted": partnerOnRecordAttestationAccepted = try value.writtenBool()
            case "referenceCustomerId": referenceCustomerId = try value.writtenString()
            case "status": status = try value.writtenCase(of: OrderStatus.self)
            case "totalPrice": totalPrice = try value.writtenDouble()
            case "transactionType": transactionType = try value.writtenString()
            default: throw NotWrittenForm()
            }
        }
    }
}

extension OrderLinks: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        self.init(self: nil, provisioningStatus: nil, patchOperation: nil)
        for member in try value.writtenMembers() {
            switch member.key {
            case "patchOperation": patchOperation = try Link(writtenForm: member.value)
            case "provisioningStatus": provisioningStatus = try Link(writtenForm: member.value)
            case "self": self.`self` = try Link(writtenForm: member.value)
            default: throw NotWrittenForm()
            }
        }
    }
}

extension OrderLineItem: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        self.init(lineItemNumber: nil, offerId: nil, quantity: nil)
        for member in try value.writtenMembers() {
            let value = member.value
            switch member.key {
            case "attestationAccepted": attestationAccepted = try value.writtenBool()
            case "friendlyName": friendlyName = try value.writtenString()
            case "lineItemNumber": lineItemNumber = try value.writtenInt()
            case "links": links = try OrderLineItemLinks(writtenForm: value)
            case "offerId": offerId = try value.writtenString()
            case "parentSubscriptionId": parentSubscriptionId = try value.writtenString()
            case "partnerIdOnRecord": partnerIdOnRecord = try value.writtenString()
            case "pricing": pricing = try Pricing(writtenForm: value)
            case "promotionId": promotionId = try value.writtenString()
            case "provisioningContext": provisioningContext = try value.writtenStringMap()
            case "quantity": quantity = try value.writtenInt()
            case "renewsTo": renewsTo = try RenewsTo(writtenForm: value)
            case "subscriptionId": subscriptionId = try value.writtenString()
            case "termDuration": termDuration = try value.writtenString()
            case "transactionType": transactionType = try value.writtenString()
            default: throw NotWrittenForm()
            }
        }
    }
}

extension OrderLineItemLinks: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        self.init()
        for member in try value.writtenMembers() {
            let link = try Link(writtenForm: member.value)
            switch member.key {
            case "availability": availability = link
            case "product": product = link
            case "provisioningStatus": provisioningStatus = link
            case "sku": sku = link
            case "subscription": subscription = link
            default: throw NotWrittenForm()
            }
        }
    }
}

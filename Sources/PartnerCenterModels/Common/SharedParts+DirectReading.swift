// Links, attributes, prices and renewal terms read from the form the encoder writes (see `JSONDirectlyReadable`).

extension Link: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        var uri: String?
        self.init(uri: "")
        for member in try value.writtenMembers() {
            switch member.key {
            case "headers": headers = try member.value.writtenArray(of: LinkHeader.self)
            case "method": method = try member.value.writtenString()
            case "uri": uri = try member.value.writtenString()
            default: throw NotWrittenForm()
            }
        }
        guard let uri else { throw NotWrittenForm() }
        self.uri = uri
    }
}

extension LinkHeader: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        let pair = try value.writtenKeyAndValue()
        guard let key = pair.key, let text = pair.value else { throw NotWrittenForm() }
        self.init(key: key, value: text)
    }
}

extension ResourceAttributes: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        self.init(objectType: nil)
        for member in try value.writtenMembers() {
            switch member.key {
            case "etag": etag = try member.value.writtenString()
            case "objectType": objectType = try member.value.writtenString()
            default: throw NotWrittenForm()
            }
        }
    }
}

extension Pricing: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        self.init(listPrice: nil, discountedPrice: nil, proratedPrice: nil, price: nil, extendedPrice: nil)
        for member in try value.writtenMembers() {
            let number = try member.value.writtenDouble()
            switch member.key {
            case "discountedPrice": discountedPrice = number
            case "extendedPrice": extendedPrice = number
            case "listPrice": listPrice = number
            case "price": price = number
            case "proratedPrice": proratedPrice = number
            default: throw NotWrittenForm()
            }
        }
    }
}

extension RenewsTo: JSONDirectlyReadable {
    init(writtenForm value: JSONValue) throws(NotWrittenForm) {
        self.init(termDuration: nil)
        for member in try value.writtenMembers() {
            switch member.key {
            case "termDuration": termDuration = try member.value.writtenString()
            default: throw NotWrittenForm()
            }
        }
    }
}

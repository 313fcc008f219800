import Foundation
@testable import PartnerCenterModels

/// Makes orders, carts and subscriptions, and everything in them, from a seed: strings that need escaping,
/// awkward numbers and dates, maps with keys that differ only in case or share long prefixes.
struct ModelSampler {
    /// Which optional properties are given.
    enum Presence: CaseIterable {
        /// Every optional property, at every level.
        case all
        /// No optional property.
        case none
        /// Each optional property with even odds.
        case mixed
    }

    private var random: SeededGenerator
    let presence: Presence
    /// Whether dates are ones that survive being written and read back exactly (a `Date` keeps more digits than
    /// the seven fractional digits written, so an arbitrary one comes back a little different).
    let stableDates: Bool

    init(seed: UInt64, presence: Presence, stableDates: Bool) {
        random = SeededGenerator(seed: seed)
        self.presence = presence
        self.stableDates = stableDates
    }

    /// Seeds per resource type in the tests that go over many samples.
    static let seeds: Range<UInt64> = 0..<400

    /// A sampler for `seed` whose presence follows the seed: every fourth value has every optional set, every
    /// fourth none, the others some.
    init(seed: UInt64, stableDates: Bool) {
        let presence: Presence
        switch seed % 4 {
        case 0: presence = .all
        case 1: presence = .none
        default: presence = .mixed
        }
        self.init(seed: seed, presence: presence, stableDates: stableDates)
    }

    /// Bytes of JSON as text, for failure messages.
    static func text(_ data: Data) -> String {
        String(decoding: data, as: UTF8.self)
    }

    // MARK: Resources

    mutating func order() -> Order {
        var order = Order(
            id: present() ? string() : nil, alternateId: present() ? string() : nil,
            referenceCustomerId: present() ? string() : nil, billingCycle: present() ? wireEnum() : nil,
            currencyCode: present() ? string() : nil, currencySymbol: present() ? string() : nil,
            lineItems: present() ? list { $0.orderLineItem() } : nil, creationDate: present() ? date() : nil,
            status: present() ? wireEnum() : nil, transactionType: present() ? string() : nil,
            totalPrice: present() ? double() : nil, links: present() ? orderLinks() : nil)
        order.partnerOnRecordAttestationAccepted = present() ? bool() : nil
        order.attributes = present() ? attributes() : nil
        return order
    }

    mutating func orderLineItem() -> OrderLineItem {
        var item = OrderLineItem(
            lineItemNumber: present() ? int() : nil, offerId: present() ? string() : nil,
            subscriptionId: present() ? string() : nil, termDuration: present() ? string() : nil,
            renewsTo: present() ? renewsTo() : nil, transactionType: present() ? string() : nil,
            friendlyName: present() ? string() : nil, quantity: present() ? int() : nil,
            pricing: present() ? pricing() : nil, provisioningContext: present() ? stringMap() : nil,
            attestationAccepted: present() ? bool() : nil, promotionId: present() ? string() : nil,
            links: present() ? orderLineItemLinks() : nil)
        item.parentSubscriptionId = present() ? string() : nil
        item.partnerIdOnRecord = present() ? string() : nil
        return item
    }

    mutating func orderLinks() -> OrderLinks {
        OrderLinks(self: present() ? link() : nil, provisioningStatus: present() ? link() : nil,
                   patchOperation: present() ? link() : nil)
    }

    mutating func orderLineItemLinks() -> OrderLineItemLinks {
        OrderLineItemLinks(
            subscription: present() ? link() : nil, product: present() ? link() : nil, sku: present() ? link() : nil,
            availability: present() ? link() : nil, provisioningStatus: present() ? link() : nil)
    }

    mutating func cart() -> Cart {
        Cart(
            id: present() ? string() : nil, creationTimestamp: present() ? date() : nil,
            lastModifiedTimestamp: present() ? date() : nil, expirationTimestamp: present() ? date() : nil,
            lastModifiedUser: present() ? string() : nil, lineItems: present() ? list { $0.cartLineItem(addons: true) } : nil,
            status: present() ? wireEnum() : nil, partnerOnRecordAttestationAccepted: present() ? bool() : nil,
            links: present() ? selfLinks() : nil, attributes: present() ? attributes() : nil)
    }

    /// A cart line item; with `addons`, its add-on items are line items too (without add-ons of their own).
    mutating func cartLineItem(addons: Bool) -> CartLineItem {
        CartLineItem(
            id: present() ? int() : nil, catalogItemId: present() ? string() : nil,
            friendlyName: present() ? string() : nil, quantity: present() ? int() : nil,
            currencyCode: present() ? string() : nil, billingCycle: present() ? wireEnum() : nil,
            termDuration: present() ? string() : nil, participants: present() ? list { $0.participant() } : nil,
            provisioningContext: present() ? stringMap() : nil, orderGroup: present() ? string() : nil,
            addonItems: addons && present() ? list { $0.cartLineItem(addons: false) } : nil,
            renewsTo: present() ? renewsTo() : nil, error: present() ? cartError() : nil,
            customTermEndDate: present() ? date() : nil, attestationAccepted: present() ? bool() : nil,
            promotionId: present() ? string() : nil, pricing: present() ? pricing() : nil)
    }

    mutating func participant() -> Participant {
        Participant(rawKey: string(), value: present() ? string() : nil)
    }

    mutating func cartError() -> CartError {
        CartError(errorCode: int(), errorDescription: string(),
                  additionalInformation: present() ? jsonMap(depth: 0) : nil)
    }

    mutating func subscription() -> Subscription {
        var subscription = Subscription(
            id: string(), offerId: present() ? string() : nil, offerName: present() ? string() : nil,
            friendlyName: present() ? string() : nil, quantity: present() ? int() : nil,
            unitType: present() ? string() : nil, status: present() ? wireEnum() : nil,
            autoRenewEnabled: present() ? bool() : nil, billingCycle: present() ? wireEnum() : nil,
            termDuration: present() ? string() : nil, renewalTermDuration: present() ? string() : nil,
            creationDate: present() ? date() : nil, effectiveStartDate: present() ? date() : nil,
            commitmentEndDate: present() ? date() : nil, isTrial: present() ? bool() : nil,
            orderId: present() ? string() : nil, links: present() ? selfLinks() : nil)
        subscription.contractType = present() ? string() : nil
        subscription.attributes = present() ? attributes() : nil
        return subscription
    }

    // MARK: Parts

    mutating func pricing() -> Pricing {
        Pricing(listPrice: present() ? double() : nil, discountedPrice: present() ? double() : nil,
                proratedPrice: present() ? double() : nil, price: present() ? double() : nil,
                extendedPrice: present() ? double() : nil)
    }

    mutating func renewsTo() -> RenewsTo {
        RenewsTo(termDuration: present() ? string() : nil)
    }

    mutating func link() -> Link {
        Link(uri: string(), method: string(), headers: list { LinkHeader(key: $0.string(), value: $0.string()) })
    }

    mutating func selfLinks() -> SelfLinks {
        SelfLinks(self: present() ? link() : nil)
    }

    mutating func attributes() -> ResourceAttributes {
        ResourceAttributes(objectType: present() ? string() : nil, etag: present() ? string() : nil)
    }

    /// Keys of string maps: some differ only in case, some share their first eight bytes or more, some need
    /// escaping, two are different bytes for one `String` (`é` precomposed and decomposed).
    static let mapKeys = [
        "scope", "Scope", "SCOPE", "sCOPE", "subscriptionId", "subscriptionID", "subscriptionIdentifier",
        "subscriptionIdentifierWithALongSharedPrefix-a", "subscriptionIdentifierWithALongSharedPrefix-b",
        "subscriptionIdentifierWithALongSharedPrefix", "abcdefgh", "abcdefgh\u{0}", "abcdefghi", "abcdefgH", "abcdefg",
        "", " ", "_", "0", "Z", "a b", "é", "e\u{301}", "\u{2028}", "k\"ey", "k\\ey", "🧾", "tab\tkey", "\u{7F}",
    ]

    /// A map of 0 to 8 keys inserted in random order.
    mutating func stringMap() -> [String: String] {
        var map: [String: String] = [:]
        for key in Self.mapKeys.shuffled(using: &random).prefix(Int.random(in: 0...8, using: &random)) {
            map[key] = string()
        }
        return map
    }

    /// A free-form map as line-item errors carry: nested arrays and objects, numbers in many spellings.
    mutating func jsonMap(depth: Int) -> [String: JSONValue] {
        var map: [String: JSONValue] = [:]
        for key in Self.mapKeys.shuffled(using: &random).prefix(Int.random(in: 0...5, using: &random)) {
            map[key] = jsonValue(depth: depth + 1)
        }
        return map
    }

    /// Number literals: integers at the edges of `Int64` and `UInt64` and beyond, fractions, exponents.
    static let numberLiterals = [
        "0", "-0", "1", "-1", "1.50", "0.1", "1e2", "1E+2", "2.5e-3", "-1.25e-5", "9223372036854775807",
        "-9223372036854775808", "9223372036854775808", "18446744073709551615", "18446744073709551616",
        "12345678901234567890123", "1e300", "123456789.125", "0.30000000000000004",
    ]

    mutating func jsonValue(depth: Int) -> JSONValue {
        let kinds = depth < 3 ? 6 : 4
        switch Int.random(in: 0..<kinds, using: &random) {
        case 0: return .null
        case 1: return .bool(bool())
        case 2:
            let literal = Self.numberLiterals.randomElement(using: &random) ?? "0"
            return JSONNumber(literal: literal).map(JSONValue.number) ?? .null
        case 3: return .string(string())
        case 4: return .array(list { $0.jsonValue(depth: depth + 1) })
        default:
            var object = JSONObject()
            for (key, value) in jsonMap(depth: depth) { object[key] = value }
            return .object(object)
        }
    }

    // MARK: Scalars

    /// Whether the next optional property is given.
    mutating func present() -> Bool {
        switch presence {
        case .all: return true
        case .none: return false
        case .mixed: return Bool.random(using: &random)
        }
    }

    mutating func bool() -> Bool {
        Bool.random(using: &random)
    }

    /// 0 to 3 elements.
    mutating func list<Element>(_ element: (inout ModelSampler) -> Element) -> [Element] {
        var elements: [Element] = []
        for _ in 0..<Int.random(in: 0...3, using: &random) { elements.append(element(&self)) }
        return elements
    }

    mutating func wireEnum<Value: WireEnum>() -> Value? {
        Value.allCases.randomElement(using: &random)
    }

    /// Pieces of strings: characters JSON must escape, a slash (not escaped), U+2028 and U+2029 (not escaped),
    /// combining marks, emoji with joiners, text outside the Basic Multilingual Plane.
    static let stringPieces = [
        "a", "Z", "0", " ", "\"", "\\", "/", "\u{0}", "\u{1}", "\u{8}", "\t", "\n", "\u{B}", "\u{C}", "\r", "\u{1F}",
        "\u{7F}", "é", "e\u{301}", "\u{2028}", "\u{2029}", "🧾", "👩‍👩‍👧", "中文", "\u{FEFF}", "\u{10FFFF}", "</script>",
        "P1Y", "USD", "$", "€", "/customers/1f2e/orders", "\"quoted\"", "\\\\server\\share",
    ]

    mutating func string() -> String {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return UUID(uuid: uuidBytes()).uuidString.lowercased()
        case 1: return ""
        default:
            var text = ""
            for _ in 0..<Int.random(in: 1...6, using: &random) {
                text += Self.stringPieces.randomElement(using: &random) ?? ""
            }
            return text
        }
    }

    private mutating func uuidBytes() -> uuid_t {
        let high = random.next()
        let low = random.next()
        func byte(_ value: UInt64, _ index: Int) -> UInt8 { UInt8(truncatingIfNeeded: value >> (8 * index)) }
        return (byte(high, 0), byte(high, 1), byte(high, 2), byte(high, 3), byte(high, 4), byte(high, 5), byte(high, 6),
                byte(high, 7), byte(low, 0), byte(low, 1), byte(low, 2), byte(low, 3), byte(low, 4), byte(low, 5),
                byte(low, 6), byte(low, 7))
    }

    static let intEdges = [0, 1, -1, 42, 100, Int.max, Int.min, Int.max - 1, Int.min + 1, 1 << 53, (1 << 53) + 1]

    mutating func int() -> Int {
        if Bool.random(using: &random) { return Self.intEdges.randomElement(using: &random) ?? 0 }
        return Int.random(in: Int.min...Int.max, using: &random)
    }

    /// Doubles whose shortest spelling is awkward: signed zero, exponents both ways, the extremes, binary
    /// fractions that are not decimal ones.
    static let doubleEdges: [Double] = [
        0, -0.0, 1e-7, 123456789.125, 0.1, 0.1 + 0.2, 1.5, -2.75, 12, 1e15, 1e16, 1e20, 1e21, 1e22, 1e-5, 1e-4,
        9_007_199_254_740_994, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude,
        .leastNormalMagnitude, 1234.5678, 19.99, 0.01, 100, -1e-300, 4.35, 2.675,
    ]

    mutating func double() -> Double {
        switch Int.random(in: 0..<3, using: &random) {
        case 0: return Self.doubleEdges.randomElement(using: &random) ?? 0
        case 1: return Double(Int.random(in: -10_000_000...10_000_000, using: &random)) / 100
        default:
            let value = Double(bitPattern: random.next())
            return value.isFinite ? value : 0.5
        }
    }

    /// Any instant with sub-second digits, often outside years 0001-9999 (written clamped) or at the edges.
    mutating func date() -> Date {
        let raw: Date
        switch Int.random(in: 0..<8, using: &random) {
        case 0: raw = [Date.distantPast, .distantFuture, Date(timeIntervalSince1970: 1_547_599_541.6062996),
                       Date(timeIntervalSince1970: -62_135_596_800), Date(timeIntervalSince1970: 253_402_300_799.9999999),
                       Date(timeIntervalSince1970: -1e13), Date(timeIntervalSince1970: 1e13),
                       Date(timeIntervalSince1970: 0)].randomElement(using: &random) ?? Date(timeIntervalSince1970: 0)
        case 1: raw = Date(timeIntervalSince1970: Double(Int.random(in: 0...2_000_000_000, using: &random)))
        default: raw = Date(timeIntervalSince1970: Double.random(in: -62_135_596_800...253_402_300_799, using: &random))
        }
        guard stableDates else { return raw }
        return PartnerTimestamp.parse(PartnerTimestamp.format(raw)) ?? raw
    }
}

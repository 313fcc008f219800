/// An enumeration whose wire spelling is snake_case (`one_time`) and whose input spelling is free:
/// `one_time`, `OneTime`, `oneTime` and `onetime` are one value (see ``EnumSpelling``).
public protocol WireEnum: RawRepresentable, CaseIterable, Codable, Sendable, Hashable where RawValue == String {
    /// The value used when the input names no known case, or `nil` to refuse unknown spellings.
    static var fallback: Self? { get }
}

extension WireEnum {
    public static var fallback: Self? { nil }

    /// Finds the case whose spelling folds to the same key as `text`, ignoring case, `_`, `-` and spaces.
    public init?(spelling text: String) {
        guard let match = Self.allCases.first(where: { EnumSpelling.matches($0.rawValue, text) }) else { return nil }
        self = match
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        if let value = Self(spelling: text) {
            self = value
        } else if let fallback = Self.fallback {
            self = fallback
        } else {
            let allowed = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "'\(text)' is not one of: \(allowed)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// How often a purchase is billed. Wire values are Partner Center's (`one_time`, not `OneTime`).
public enum BillingCycle: String, WireEnum {
    case unknown
    case monthly
    case annual
    case none
    case oneTime = "one_time"
    case triennial
    case biennial

    /// Unrecognised spellings become `unknown`, as the .NET SDK reads them; validation then rejects them.
    public static var fallback: BillingCycle? { .unknown }
}

/// The state of a cart.
public enum CartStatus: String, WireEnum {
    case active = "Active"
    case ordered = "Ordered"
}

/// The state of an order.
public enum OrderStatus: String, WireEnum {
    case unknown
    case completed
    case pending
    case cancelled
    case suspended
    case pendingReview = "pending_review"
    case pendingPOUpload = "pending_po_upload"
    case poUploadComplete = "po_upload_complete"
    case poReviewRejected = "po_review_rejected"
    case partialSuccess = "partial_success"
    case error

    public static var fallback: OrderStatus? { .unknown }
}

/// The state of a subscription.
public enum SubscriptionStatus: String, WireEnum {
    case none
    case active
    case suspended
    case deleted
    case expired
    case pending
    case disabled

    public static var fallback: SubscriptionStatus? { SubscriptionStatus.none }
}

/// The role of a partner of record on a purchase (a cart line item's participant `key`).
public enum ParticipantType: String, WireEnum {
    case unknown
    case transactionReseller = "transaction_reseller"
    case consumptionReseller = "consumption_reseller"
    case additionalTransactionReseller = "additional_transaction_reseller"
}

/// A partner of record on a purchase: `{"key": "transaction_reseller", "value": "<partner id>"}`.
///
/// The key is kept as sent so that validation can name an unknown key in its error.
public struct Participant: Codable, Sendable, Equatable {
    /// The participant type as sent (compare with ``ParticipantType/init(spelling:)``).
    public var key: String
    /// The partner id.
    public var value: String?

    /// Creates a participant.
    public init(key: ParticipantType, value: String?) {
        self.key = key.rawValue
        self.value = value
    }

    /// Creates a participant with a key spelled as the client sent it.
    public init(rawKey: String, value: String?) {
        self.key = rawKey
        self.value = value
    }
}

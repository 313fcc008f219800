/// A validation failure on one cart line item. The cart is still saved; the item carries this error.
public struct CartError: Codable, Sendable, Equatable {
    /// Partner Center's line-item error code (10001, 10013, 400041, ...); an integer on the wire.
    public var errorCode: Int
    /// What is wrong, naming the field and the value received.
    public var errorDescription: String
    /// Extra facts, e.g. the allowed quantity range.
    public var additionalInformation: [String: JSONValue]?

    /// Creates a line-item error.
    public init(errorCode: Int, errorDescription: String, additionalInformation: [String: JSONValue]? = nil) {
        self.errorCode = errorCode
        self.errorDescription = errorDescription
        self.additionalInformation = additionalInformation
    }

    private enum CodingKeys: String, CodingKey { case errorCode, errorDescription, additionalInformation }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        errorCode = (try? container.decodeFlexibleInt(forKey: .errorCode)) ?? 0
        errorDescription = container.decodeIgnoringInvalid(String.self, forKey: .errorDescription) ?? ""
        additionalInformation = container.decodeIgnoringInvalid([String: JSONValue].self, forKey: .additionalInformation)
    }
}

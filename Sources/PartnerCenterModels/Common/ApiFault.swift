/// The error body Partner Center sends with every 4xx and 5xx answer except throttling:
/// `{"code": 800002, "description": "...", "data": [...], "source": "PartnerCommerce"}`.
public struct ApiFault: Codable, Sendable, Equatable, Error {
    /// Partner Center's numeric error code. Read from a number or a numeric string.
    public var code: Int
    /// What went wrong, naming the field or resource concerned.
    public var description: String
    /// Extra values, e.g. the ids of the line items in error.
    public var data: [String]
    /// Which service produced the error.
    public var source: String

    /// Creates a fault.
    public init(code: Int, description: String, data: [String] = [], source: String = "PartnerCommerce") {
        self.code = code
        self.description = description
        self.data = data
        self.source = source
    }

    private enum CodingKeys: String, CodingKey { case code, description, data, source }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        code = try container.decodeFlexibleInt(forKey: .code) ?? 0
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        data = (try? container.decodeIfPresent([String].self, forKey: .data)) ?? []
        source = try container.decodeIfPresent(String.self, forKey: .source) ?? ""
    }
}

/// The body the gateway sends with a 429: `{"statusCode": 429, "message": "Rate limit is exceeded. Try again in N seconds."}`.
public struct ThrottlingFault: Codable, Sendable, Equatable {
    /// Always 429.
    public var statusCode: Int
    /// A sentence that names the seconds to wait.
    public var message: String

    /// Creates the throttling body for a wait of `retryAfterSeconds`.
    public init(retryAfterSeconds: Int) {
        statusCode = 429
        message = "Rate limit is exceeded. Try again in \(retryAfterSeconds) seconds."
    }
}

/// How a ``PartnerService`` authenticates: a bearer token, asked for before every attempt so that a provider can
/// hand out a refreshed token when the old one expires.
public struct PartnerCredentials: Sendable {
    let token: @Sendable () async throws -> String?

    /// Sends `Authorization: Bearer <token>` with the token `provider` returns. The provider runs before each
    /// attempt, including retries; cache the token in it if getting one is expensive.
    public static func bearer(_ provider: @escaping @Sendable () async throws -> String) -> PartnerCredentials {
        PartnerCredentials(token: { try await provider() })
    }

    /// Sends `Authorization: Bearer <token>` with a fixed token.
    public static func bearer(token: String) -> PartnerCredentials {
        PartnerCredentials(token: { token })
    }

    /// Sends no `Authorization` header (only the meta routes of a PartnerCommerce server answer such requests).
    public static let anonymous = PartnerCredentials(token: { nil })
}

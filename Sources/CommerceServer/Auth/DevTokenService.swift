import CommerceCore
import Foundation
import JWTKit

/// Signs and verifies `dev` mode tokens (HS256 with the data directory's key).
public struct DevTokenService: TokenVerifier {
    private let keys: JWTKeyCollection
    private let signed: SignedTokenCheck

    /// The issuer written into minted tokens.
    public static let issuer = "partner-commerce-dev"

    /// Creates the service with the key from the data directory.
    public init(key: Data) async {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: key), digestAlgorithm: .sha256)
        self.keys = keys
        self.signed = SignedTokenCheck(keys: keys)
    }

    /// Mints a token for a partner tenant, valid for `lifetime` seconds.
    public func mint(partnerTenant: String, user: String?, isOperator: Bool = false,
                     lifetime: TimeInterval = 86_400) async throws -> String {
        let now = Date()
        let claims = PartnerTokenClaims(
            tid: partnerTenant.lowercased(), oid: (user ?? ResourceIdentifiers.guid()).lowercased(),
            scp: "user_impersonation", roles: isOperator ? [PartnerTokenClaims.operatorRole] : nil,
            exp: now.addingTimeInterval(lifetime), iat: now, iss: Self.issuer)
        return try await keys.sign(claims)
    }

    /// Verifies a bearer token and returns the caller, or throws 401 800001 saying why.
    public func identity(fromBearer token: String) async throws(CommerceError) -> PartnerIdentity {
        try await signed.identity(fromBearer: token) { _ in }
    }
}

import CommerceCore
import Foundation
import JWTKit

/// Signs and verifies `dev` mode tokens (HS256 with the data directory's key).
public struct DevTokenService: TokenVerifier {
    private let keys: JWTKeyCollection
    private let verified = VerifiedTokenCache()

    /// The issuer written into minted tokens.
    public static let issuer = "partner-commerce-dev"

    /// Creates the service with the key from the data directory.
    public init(key: Data) async {
        let keys = JWTKeyCollection()
        await keys.add(hmac: HMACKey(from: key), digestAlgorithm: .sha256)
        self.keys = keys
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
        if let known = verified.identity(for: token) { return known }
        try ClaimsTrustingVerifier.refuseUnsigned(token: token)
        let claims: PartnerTokenClaims
        do {
            claims = try await keys.verify(token, as: PartnerTokenClaims.self)
        } catch let error as JWTError {
            throw .unauthorized(Self.reason(error))
        } catch {
            throw .unauthorized("the token could not be read.")
        }
        let identity = try claims.identity()
        verified.remember(token, identity: identity, expiresAt: claims.exp.value)
        return identity
    }

    static func reason(_ error: JWTError) -> String {
        let text = String(describing: error).lowercased()
        switch error.errorType {
        case .claimVerificationFailure:
            if text.contains("too soon") || text.contains("notbefore") { return "the token is not valid yet." }
            if text.contains("expired") { return "the token has expired." }
            return "a claim failed verification."
        case .signatureVerificationFailed:
            return "the token's signature is not valid."
        default:
            if text.contains("malformed") || text.contains("base64") || text.contains("decod") {
                return "the token is malformed."
            }
            return "the token could not be verified (\(error.errorType))."
        }
    }
}

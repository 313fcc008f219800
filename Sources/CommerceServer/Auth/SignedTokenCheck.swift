import CommerceCore
import JWTKit

/// The check every signature-verifying mode shares: refuse unsigned tokens, verify the signature and the time
/// claims with a key collection, apply the mode's own requirements, and remember the token until it expires.
struct SignedTokenCheck: Sendable {
    let keys: JWTKeyCollection
    private let verified = VerifiedTokenCache()

    init(keys: JWTKeyCollection) {
        self.keys = keys
    }

    /// The caller a token names, or 401 800001 saying why not.
    func identity(
        fromBearer token: String, requirements: (PartnerTokenClaims) throws(CommerceError) -> Void
    ) async throws(CommerceError) -> PartnerIdentity {
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
        try requirements(claims)
        let identity = try claims.identity()
        verified.remember(token, identity: identity, expiresAt: claims.exp.value)
        return identity
    }

    /// A sentence saying why jwt-kit refused a token.
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

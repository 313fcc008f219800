import CommerceCore
import Foundation
import JWTKit

/// `jwks` authentication: RS256 or ES256 tokens verified against the keys of a JWKS file, with the issuer and
/// audience they must carry (Entra ID style: `tid`, `oid`, `appid`/`azp`, `scp` or `roles`).
public struct JWKSTokenVerifier: TokenVerifier {
    private let keys: JWTKeyCollection
    private let issuer: String
    private let audience: String
    private let verified = VerifiedTokenCache()

    /// Loads the keys of a JWKS document.
    public init(jwksJSON: String, issuer: String, audience: String) async throws {
        let keys = JWTKeyCollection()
        try await keys.add(jwksJSON: jwksJSON)
        self.keys = keys
        self.issuer = issuer
        self.audience = audience
    }

    public func identity(fromBearer token: String) async throws(CommerceError) -> PartnerIdentity {
        if let known = verified.identity(for: token) { return known }
        try ClaimsTrustingVerifier.refuseUnsigned(token: token)
        let claims: PartnerTokenClaims
        do {
            claims = try await keys.verify(token, as: PartnerTokenClaims.self)
        } catch let error as JWTError {
            throw .unauthorized(DevTokenService.reason(error))
        } catch {
            throw .unauthorized("the token could not be read.")
        }
        guard claims.iss?.value == issuer else {
            throw .unauthorized("wrong issuer '\(claims.iss?.value ?? "")'; expected '\(issuer)'.")
        }
        guard claims.aud?.value.contains(audience) == true else {
            throw .unauthorized("wrong audience; expected '\(audience)'.")
        }
        let identity = try claims.identity()
        verified.remember(token, identity: identity, expiresAt: claims.exp.value)
        return identity
    }
}

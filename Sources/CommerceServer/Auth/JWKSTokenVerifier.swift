import CommerceCore
import Foundation
import JWTKit

/// `jwks` authentication: RS256 or ES256 tokens verified against the keys of a JWKS file, with the issuer and
/// audience they must carry (Entra ID style: `tid`, `oid`, `appid`/`azp`, `scp` or `roles`).
public struct JWKSTokenVerifier: TokenVerifier {
    private let signed: SignedTokenCheck
    private let issuer: String
    private let audience: String

    /// Loads the keys of a JWKS document.
    public init(jwksJSON: String, issuer: String, audience: String) async throws {
        let keys = JWTKeyCollection()
        try await keys.add(jwksJSON: jwksJSON)
        self.signed = SignedTokenCheck(keys: keys)
        self.issuer = issuer
        self.audience = audience
    }

    public func identity(fromBearer token: String) async throws(CommerceError) -> PartnerIdentity {
        try await signed.identity(fromBearer: token) { [issuer, audience] claims throws(CommerceError) in
            guard claims.iss?.value == issuer else {
                throw .unauthorized("wrong issuer '\(claims.iss?.value ?? "")'; expected '\(issuer)'.")
            }
            guard claims.aud?.value.contains(audience) == true else {
                throw .unauthorized("wrong audience; expected '\(audience)'.")
            }
        }
    }
}

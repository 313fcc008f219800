import Foundation
import JWTKit

/// The claims PartnerCommerce reads from a bearer token, shaped like Entra ID's: `tid` (partner tenant),
/// `oid` (user or service principal), `scp` (present for App+User), `roles`.
public struct PartnerTokenClaims: JWTPayload, Equatable {
    /// Partner tenant id.
    public var tid: String?
    /// Object id of the caller.
    public var oid: String?
    /// Delegated scopes; present means App+User.
    public var scp: String?
    /// Application roles; `PartnerCommerce.Operator` opens `/admin`.
    public var roles: [String]?
    /// Expiry.
    public var exp: ExpirationClaim
    /// Issued at.
    public var iat: IssuedAtClaim?
    /// Not before.
    public var nbf: NotBeforeClaim?
    /// Issuer.
    public var iss: IssuerClaim?
    /// Audience (a string or a list).
    public var aud: AudienceClaim?
    /// The calling application (Entra v1 tokens).
    public var appid: String?
    /// The calling application (Entra v2 tokens).
    public var azp: String?

    /// The role that grants the operator surface.
    public static let operatorRole = "PartnerCommerce.Operator"

    /// Creates claims.
    public init(tid: String?, oid: String?, scp: String?, roles: [String]?, exp: Date, iat: Date, iss: String) {
        self.tid = tid
        self.oid = oid
        self.scp = scp
        self.roles = roles
        self.exp = ExpirationClaim(value: exp)
        self.iat = IssuedAtClaim(value: iat)
        self.iss = IssuerClaim(value: iss)
    }

    public func verify(using algorithm: some JWTAlgorithm) async throws {
        try exp.verifyNotExpired()
        try nbf?.verifyNotBefore()
    }
}

import CommerceCore
import Foundation
import JWTKit

/// `trust-claims` authentication: reads `tid` and `oid` from a token without checking its signature, so that
/// clients holding real Partner Center tokens can be pointed at a local server. Expiry is still checked, and
/// unsigned (`alg: none`) tokens are refused. Never use it on a server others can reach.
public struct ClaimsTrustingVerifier: TokenVerifier {
    /// Creates the verifier.
    public init() {}

    public func identity(fromBearer token: String) async throws(CommerceError) -> PartnerIdentity {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let header = Self.json(parts[0]), let payload = Self.json(parts[1]) else {
            throw .unauthorized("the token is malformed.")
        }
        try Self.refuseUnsigned(header: header)
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .secondsSince1970
        guard let claims = try? decoder.decode(PartnerTokenClaims.self, from: payload) else {
            throw .unauthorized("the token's claims could not be read.")
        }
        do {
            try claims.exp.verifyNotExpired()
            try claims.nbf?.verifyNotBefore()
        } catch let error as JWTError {
            throw .unauthorized(SignedTokenCheck.reason(error))
        } catch {
            throw .unauthorized("a claim failed verification.")
        }
        return try claims.identity()
    }

    private struct JWTHeaderFields: Decodable {
        let alg: String?
    }

    /// Refuses, in every authentication mode, a token that is not three dot-separated parts with a JSON header,
    /// and one whose header names no algorithm or `none`.
    static func refuseUnsigned(token: String) throws(CommerceError) {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let header = json(parts[0]) else { throw .unauthorized("the token is malformed.") }
        try refuseUnsigned(header: header)
    }

    private static func refuseUnsigned(header: Data) throws(CommerceError) {
        guard let fields = try? JSONDecoder().decode(JWTHeaderFields.self, from: header) else {
            throw .unauthorized("the token is malformed.")
        }
        guard let algorithm = fields.alg, !algorithm.isEmpty, algorithm.lowercased() != "none" else {
            throw .unauthorized("unsigned tokens (alg 'none') are refused.")
        }
    }

    private static func json(_ part: Substring) -> Data? {
        var text = part.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        while text.count % 4 != 0 { text += "=" }
        return Data(base64Encoded: text)
    }
}

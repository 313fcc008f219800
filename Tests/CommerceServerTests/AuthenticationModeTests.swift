import CommerceServer
import Foundation
import JWTKit
import TestSupport
import Testing

/// The `jwks` and `trust-claims` modes: a good token works; every kind of bad one answers 401 800001 saying why.
@Suite struct AuthenticationModeTests {
    static let issuer = "https://login.microsoftonline.com/tenant/v2.0"
    static let audience = "https://api.partnercenter.microsoft.com"

    /// A signing key, its JWKS file, and tokens shaped like Entra ID's.
    struct EntraKeys {
        let key = ES256PrivateKey()
        let signer = JWTKeyCollection()
        let jwksFile: String

        init() async throws {
            let parameters = try #require(key.publicKey.parameters)
            jwksFile = (TemporaryDirectory.make() as NSString).appendingPathComponent("jwks.json")
            let jwks = #"{"keys":[{"kty":"EC","crv":"P-256","alg":"ES256","use":"sig","kid":"k1","x":"\#(parameters.x)","y":"\#(parameters.y)"}]}"#
            try Data(jwks.utf8).write(to: URL(fileURLWithPath: jwksFile))
            await signer.add(ecdsa: key, kid: "k1")
        }

        func token(tid: String? = PartnerFixtures.partnerA, issuer: String = AuthenticationModeTests.issuer,
                   audience: String = AuthenticationModeTests.audience, expires: TimeInterval = 3_600,
                   notBefore: TimeInterval? = nil, scp: String? = nil) async throws -> String {
            var claims = PartnerTokenClaims(tid: tid, oid: "7b0c2f4e-1a2b-4c3d-9e8f-0a1b2c3d4e5f", scp: scp, roles: nil,
                                            exp: Date().addingTimeInterval(expires), iat: Date(), iss: issuer)
            claims.aud = AudienceClaim(value: [audience])
            claims.appid = "5c9a1c0e-2b3d-4e5f-8a9b-0c1d2e3f4a5b"
            if let notBefore { claims.nbf = NotBeforeClaim(value: Date().addingTimeInterval(notBefore)) }
            return try await signer.sign(claims, kid: "k1")
        }
    }

    static func unsigned(tid: String = PartnerFixtures.partnerA) -> String {
        func part(_ json: String) -> String {
            Data(json.utf8).base64EncodedString().replacingOccurrences(of: "=", with: "")
                .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
        }
        let exp = Int(Date().addingTimeInterval(3_600).timeIntervalSince1970)
        return part(#"{"alg":"none","typ":"JWT"}"#) + "." + part(#"{"tid":"\#(tid)","exp":\#(exp)}"#) + "."
    }

    static func expect(_ server: TestServer, token: String, status: Int, mentioning word: String? = nil,
                       sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let response = try await PartnerHTTPClient(baseURL: server.baseURL, token: token).send(.GET, "/v1/customers")
        #expect(response.status == status, "\(response.text)", sourceLocation: sourceLocation)
        if status == 401 {
            #expect(try response.errorCode() == 800001, sourceLocation: sourceLocation)
            if let word { #expect(try response.errorDescription().contains(word), "\(response.text)", sourceLocation: sourceLocation) }
            #expect(response.header("WWW-Authenticate") != nil, sourceLocation: sourceLocation)
        }
    }

    @Test func jwksModeChecksSignatureIssuerAudienceAndTime() async throws {
        let keys = try await EntraKeys()
        let stranger = try await EntraKeys()
        try await withTestServer({ $0.authentication = .jwks(file: keys.jwksFile, issuer: Self.issuer, audience: Self.audience) }) { server in
            try await Self.expect(server, token: try await keys.token(), status: 200)
            try await Self.expect(server, token: try await keys.token(scp: "user_impersonation"), status: 200)
            try await Self.expect(server, token: try await keys.token(expires: -120), status: 401, mentioning: "expired")
            try await Self.expect(server, token: try await keys.token(notBefore: 600), status: 401, mentioning: "not valid yet")
            try await Self.expect(server, token: try await keys.token(issuer: "https://evil.example"), status: 401, mentioning: "issuer")
            try await Self.expect(server, token: try await keys.token(audience: "api://other"), status: 401, mentioning: "audience")
            try await Self.expect(server, token: try await stranger.token(), status: 401, mentioning: "signature")
            try await Self.expect(server, token: Self.unsigned(), status: 401, mentioning: "alg 'none'")
            try await Self.expect(server, token: try await keys.token(tid: nil), status: 401, mentioning: "tenant")
            try await Self.expect(server, token: "garbage", status: 401, mentioning: "malformed")
        }
    }

    @Test func trustClaimsModeReadsClaimsButStillRefusesExpiredAndUnsignedTokens() async throws {
        let keys = try await EntraKeys()
        try await withTestServer({ $0.authentication = .trustClaims }) { server in
            try await Self.expect(server, token: try await keys.token(), status: 200)
            try await Self.expect(server, token: try await keys.token(issuer: "anyone"), status: 200)
            try await Self.expect(server, token: try await keys.token(expires: -120), status: 401, mentioning: "expired")
            try await Self.expect(server, token: try await keys.token(notBefore: 600), status: 401, mentioning: "not valid yet")
            try await Self.expect(server, token: Self.unsigned(), status: 401, mentioning: "alg 'none'")
            try await Self.expect(server, token: try await keys.token(tid: nil), status: 401, mentioning: "tenant")
            try await Self.expect(server, token: "garbage", status: 401, mentioning: "malformed")
            let client = PartnerHTTPClient(baseURL: server.baseURL, token: try await keys.token())
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)
            let stored = try await client.send(.GET, "/v1/customers/\(customer)/carts/\(cart)")
            #expect(try stored.object()["lastModifiedUser"] as? String == "7b0c2f4e-1a2b-4c3d-9e8f-0a1b2c3d4e5f")
        }
    }

    @Test func devModeRefusesUnsignedTokens() async throws {
        try await withTestServer { server in
            try await Self.expect(server, token: Self.unsigned(), status: 401, mentioning: "alg 'none'")
            try await Self.expect(server, token: try await server.token(), status: 200)
        }
    }
}

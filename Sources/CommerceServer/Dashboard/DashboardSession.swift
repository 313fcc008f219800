import CommerceCore
import Foundation
import Hummingbird

/// Who is looking at the dashboard: the verified token's identity.
struct DashboardViewer: Sendable {
    let identity: PartnerIdentity
}

/// How the dashboard knows who is signing in. The token is kept in the `partner_commerce_token` cookie
/// (HttpOnly, SameSite=Strict, path `/`); a request may instead carry it as `Authorization: Bearer`, as the
/// API does, so that scripts and API tools can read the pages too.
struct DashboardSession: Sendable {
    static let cookieName = "partner_commerce_token"
    let tokens: any TokenVerifier

    /// The token the request carries (cookie first, then the Authorization header), or `nil`.
    static func token(of request: Request) -> String? {
        if let value = request.cookies[cookieName]?.value, !value.isEmpty { return value }
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// The viewer of a request; throws 401 800001 when it carries no token or one that does not verify.
    func viewer(of request: Request) async throws -> DashboardViewer {
        guard let token = Self.token(of: request) else { throw CommerceError.unauthorized("sign in with a token first.") }
        return try await viewer(token: token)
    }

    /// The viewer a token stands for, or 401 800001.
    func viewer(token: String) async throws -> DashboardViewer {
        guard token.utf8.count <= 16_384 else { throw CommerceError.unauthorized("the token is too long.") }
        return DashboardViewer(identity: try await tokens.identity(fromBearer: token))
    }

    /// The cookie that keeps a verified token.
    static func cookie(keeping token: String) throws -> Cookie {
        try Cookie.validated(name: cookieName, value: token, path: "/", httpOnly: true, sameSite: .strict)
    }

    /// The cookie that forgets the token (empty and already expired).
    static var signedOutCookie: Cookie {
        Cookie(name: cookieName, value: "", maxAge: 0, path: "/", httpOnly: true, sameSite: .strict)
    }
}

import CommerceCore
import PartnerCenterModels

/// Turns a bearer token into the caller, or refuses it with 401 800001 saying why.
public protocol TokenVerifier: Sendable {
    /// The caller the token names.
    func identity(fromBearer token: String) async throws(CommerceError) -> PartnerIdentity
}

extension PartnerTokenClaims {
    /// The caller these claims name: 401 when there is no tenant.
    func identity() throws(CommerceError) -> PartnerIdentity {
        guard let tenant = tid?.trimmingWhitespace(), !tenant.isEmpty else {
            throw .unauthorized("the token has no tenant (tid) claim.")
        }
        return PartnerIdentity(
            tenantId: tenant.lowercased(), objectId: oid ?? azp ?? appid, isAppOnly: scp == nil,
            isOperator: roles?.contains(PartnerTokenClaims.operatorRole) ?? false)
    }
}

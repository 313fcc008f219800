import CommerceCore

extension CommerceError {
    /// 403 3000: an `/admin` route called with a partner's token instead of an operator's.
    static let operatorRoleRequired = CommerceError(
        httpStatus: 403, code: 3000,
        description: "The operator surface needs an operator token (role \(PartnerTokenClaims.operatorRole)); mint one with 'partner-commerce token --operator'.")

    /// 403 3000: the business clock cannot be moved because the server was started without clock control.
    static let clockControlDisabled = CommerceError(
        httpStatus: 403, code: 3000,
        description: "The business clock can be moved only when the server is started with --allow-clock-control.")

    /// 404 3000: no fault rule with this id.
    static func faultRuleNotFound(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 404, code: 3000, description: "Fault rule '\(id)' not found.")
    }
}

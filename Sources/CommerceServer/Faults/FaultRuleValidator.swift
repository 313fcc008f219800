import Foundation
import CommerceCore
import PartnerCenterModels

/// Checks a fault rule an operator sent, and normalises it (method upper case, partner lower case); every
/// refusal is 400 800002 naming the field.
enum FaultRuleValidator {
    /// The rule as it will be stored, and its parsed path pattern.
    static func validated(_ sent: FaultRule) throws(CommerceError) -> (FaultRule, PathPattern) {
        var rule = sent
        rule.id = nil
        rule.injectedCount = nil
        rule.attributes = ResourceAttributes(objectType: "FaultRule")

        guard let pattern = PathPattern(sent.path) else {
            throw .invalidInput("path", "'\(sent.path)' must start with '/'; '*' stands for one segment and '**' only ends a pattern.")
        }
        if let method = sent.method?.trimmingCharacters(in: .whitespaces) {
            guard method == "*" || (!method.isEmpty && method.allSatisfy { $0.isLetter && $0.isASCII }) else {
                throw .invalidInput("method", "'\(method)' is not an HTTP method (or '*' for any).")
            }
            rule.method = method.uppercased()
        }
        if let partner = sent.partner {
            guard ResourceIdentifiers.isGUID(partner) else { throw .invalidInput("partner", "'\(partner)' is not a partner tenant id (a GUID).") }
            rule.partner = partner.lowercased()
        }
        try checkEffects(sent)
        if let probability = sent.probability, !(probability > 0 && probability <= 1) {
            throw .invalidInput("probability", "\(probability) is not in (0, 1].")
        }
        if let times = sent.times, times < 1 {
            throw .invalidInput("times", "\(times) must be at least 1 (leave it out for no limit).")
        }
        return (rule, pattern)
    }

    private static func checkEffects(_ rule: FaultRule) throws(CommerceError) {
        if let status = rule.status, !(400...599).contains(status) {
            throw .invalidInput("status", "\(status) is not an error status (400...599).")
        }
        if let code = rule.code {
            guard rule.status != nil || rule.failOrderGroup != nil else {
                throw .invalidInput("code", "a code needs a status or a failOrderGroup to go with.")
            }
            guard code > 0 else { throw .invalidInput("code", "\(code) must be a positive Partner Center error code.") }
        }
        if let description = rule.description, description.trimmingCharacters(in: .whitespaces).isEmpty || description.count > 1_000 {
            throw .invalidInput("description", "must be 1 to 1000 characters.")
        }
        if let latency = rule.latencyMilliseconds, !(0...60_000).contains(latency) {
            throw .invalidInput("latencyMilliseconds", "\(latency) is not in 0...60000.")
        }
        if let group = rule.failOrderGroup {
            guard !group.isEmpty, group.count <= 64 else { throw .invalidInput("failOrderGroup", "must be an order group id such as '0' or 'OMS-0'.") }
            guard rule.status == nil else {
                throw .invalidInput("failOrderGroup", "cannot be combined with status: a status answers in the checkout's place.")
            }
        }
        if rule.dropConnection == true, rule.status != nil || rule.failOrderGroup != nil {
            throw .invalidInput("dropConnection", "cannot be combined with status or failOrderGroup: a dropped connection answers nothing.")
        }
        let hasEffect = rule.status != nil || (rule.latencyMilliseconds ?? 0) > 0 || rule.dropConnection == true
            || rule.failOrderGroup != nil
        guard hasEffect else {
            throw .invalidInput("status", "a rule needs an effect: status, latencyMilliseconds, dropConnection or failOrderGroup.")
        }
    }
}

import Foundation
import PartnerCenter

/// Reads one `--item` value: `catalogItemId=...,quantity=...,billingCycle=...,termDuration=...,key=value`.
///
/// Every cart line-item field can be given by name (matched without regard to case): `id`, `catalogItemId`,
/// `friendlyName`, `quantity`, `currencyCode`, `billingCycle`, `termDuration`, `renewsTo` (the renewal term),
/// `customTermEndDate`, `attestationAccepted`, `promotionId`; `participant.<type>=<partner id>` adds a partner of
/// record, and `provisioningContext.<key>=<value>` a provisioning value. Any other key goes to
/// `provisioningContext` as it is spelled (`scope=shared,subscriptionId=...`). A comma inside a value is written
/// `\,`.
enum LineItemSpecification {
    static func parse(_ text: String) throws -> CartLineItem {
        var item = CartLineItem(catalogItemId: nil, quantity: nil, billingCycle: nil)
        for pair in split(text) where !pair.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let equals = pair.firstIndex(of: "=") else {
                throw ClientFailure(message: "--item: '\(pair)' is not key=value.", exitCode: ClientFailure.unreadableInputExitCode)
            }
            let key = pair[..<equals].trimmingCharacters(in: .whitespaces)
            let value = String(pair[pair.index(after: equals)...])
            try assign(value, to: key, in: &item)
        }
        return item
    }

    private static func assign(_ value: String, to key: String, in item: inout CartLineItem) throws {
        switch key.lowercased() {
        case "id": item.id = try integer(value, key)
        case "catalogitemid": item.catalogItemId = value
        case "friendlyname": item.friendlyName = value
        case "quantity": item.quantity = try integer(value, key)
        case "currencycode": item.currencyCode = value
        case "billingcycle":
            guard let cycle = BillingCycle(spelling: value) else {
                throw invalid(key, value, "one of \(BillingCycle.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            item.billingCycle = cycle
        case "termduration": item.termDuration = value
        case "renewsto", "renewsto.termduration": item.renewsTo = RenewsTo(termDuration: value)
        case "customtermenddate":
            guard let timestamp = PartnerTimestamp(parsing: value) else { throw invalid(key, value, "an ISO 8601 date") }
            item.customTermEndDate = timestamp.date
        case "attestationaccepted":
            switch value.lowercased() {
            case "true", "yes", "1": item.attestationAccepted = true
            case "false", "no", "0": item.attestationAccepted = false
            default: throw invalid(key, value, "true or false")
            }
        case "promotionid": item.promotionId = value
        default:
            if let type = key.dropPrefix("participant.") {
                item.participants = (item.participants ?? []) + [Participant(rawKey: type, value: value)]
            } else {
                let contextKey = key.dropPrefix("provisioningContext.") ?? key
                item.provisioningContext = (item.provisioningContext ?? [:]).merging([contextKey: value]) { $1 }
            }
        }
    }

    /// Splits on commas that are not escaped as `\,`.
    private static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "," {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    private static func integer(_ value: String, _ key: String) throws -> Int {
        guard let number = Int(value.trimmingCharacters(in: .whitespaces)) else { throw invalid(key, value, "a whole number") }
        return number
    }

    private static func invalid(_ key: String, _ value: String, _ expected: String) -> ClientFailure {
        ClientFailure(message: "--item: \(key) '\(value)' is not \(expected).", exitCode: ClientFailure.unreadableInputExitCode)
    }
}

extension String {
    /// The rest of the string after `prefix` (compared without regard to case), or `nil` when it does not start so.
    fileprivate func dropPrefix(_ prefix: String) -> String? {
        guard lowercased().hasPrefix(prefix.lowercased()), count > prefix.count else { return nil }
        return String(dropFirst(prefix.count))
    }
}

import CommerceCore
import CommerceStore
import Foundation
import Hummingbird
import PartnerCenterModels

/// Steps most partner routes share: reading path parameters and finding the caller's customer.
struct RouteSupport: Sendable {
    let services: CommerceServices

    /// The customer named by the `customerId` path parameter, when it is the caller's: 400 900118 for a
    /// non-GUID id, 403 20002 for anyone else's or no one's.
    func ownedCustomer(_ context: CommerceRequestContext) async throws -> CustomerAccess {
        let identity = try context.caller()
        let id = try customerId(context)
        guard let access = try await services.store.customerAccess(partner: identity.tenantId, id: id) else {
            throw CommerceError.customerNotFound(partner: identity.tenantId, customer: id)
        }
        return access
    }

    /// The `customerId` path parameter, checked to be a GUID and lowercased.
    func customerId(_ context: CommerceRequestContext) throws -> String {
        let raw = context.parameters.get("customerId") ?? ""
        guard ResourceIdentifiers.isGUID(raw) else { throw CommerceError.invalidCustomerId(raw) }
        return raw.lowercased()
    }

    /// The purchase context for validating `items` for a customer, with the facts they need read from the store.
    func purchaseContext(for customer: CustomerAccess, validating items: [CartLineItem]) async throws -> PurchaseContext {
        let query = PurchaseFactsQuery(items: items, catalog: services.catalog, sandboxLimits: services.settings.sandboxLimits)
        return purchaseContext(for: customer, facts: try await services.store.purchaseFacts(customerId: customer.id, query: query))
    }

    /// The purchase context of a customer from facts already read.
    func purchaseContext(for customer: CustomerAccess, facts: PurchaseFacts) -> PurchaseContext {
        PurchaseContext(country: customer.country, facts: facts, catalog: services.catalog,
                        sandboxLimits: services.settings.sandboxLimits)
    }
}

extension CommerceRequestContext {
    /// A path parameter, with any percent-escapes removed ("" when the route has none by that name). Ids are
    /// echoed in error descriptions, so one holding control characters stays percent-encoded, and any is cut
    /// to 200 characters.
    func pathParameter(_ name: String) -> String {
        let raw = String((parameters.get(name) ?? "").prefix(200))
        // Without a percent sign there is nothing to decode, and the HTTP parser lets no control character in.
        guard raw.utf8.contains(UInt8(ascii: "%")) else { return raw }
        guard let decoded = raw.removingPercentEncoding,
              decoded.unicodeScalars.allSatisfy({ !CharacterSet.controlCharacters.contains($0) }) else { return raw }
        return decoded
    }
}

/// Reading query parameters with Partner Center's liberal spellings.
enum QueryParameters {
    /// A boolean: `true`/`True`/`1` or `false`/`False`/`0`; `nil` when absent.
    static func bool(_ request: Request, _ name: String) throws -> Bool? {
        guard let raw = value(request, name) else { return nil }
        switch raw.lowercased() {
        case "true", "1", "yes": return true
        case "false", "0", "no": return false
        default: throw CommerceError.invalidInput(name, "'\(raw)' is not a boolean (use true or false).")
        }
    }

    /// A query value looked up case-insensitively by name; `nil` when absent or empty.
    static func value(_ request: Request, _ name: String) -> String? {
        let lowered = name.lowercased()
        for (key, value) in request.uri.queryParameters where key.lowercased() == lowered {
            let text = String(value)
            return text.isEmpty ? nil : (text.removingPercentEncoding ?? text)
        }
        return nil
    }

    /// A required value, or 400 naming the parameter.
    static func required(_ request: Request, _ name: String) throws -> String {
        guard let value = value(request, name) else {
            throw CommerceError.invalidInput(name, "the query parameter is required.")
        }
        return value
    }

    /// A non-negative integer, or 400 naming the parameter.
    static func integer(_ request: Request, _ name: String, default fallback: Int, range: ClosedRange<Int>) throws -> Int {
        guard let raw = value(request, name) else { return fallback }
        guard let number = Int(raw), range.contains(number) else {
            throw CommerceError.invalidInput(name, "'\(raw)' is not a whole number in \(range.lowerBound)...\(range.upperBound).")
        }
        return number
    }
}

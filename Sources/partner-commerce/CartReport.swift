import ArgumentParser
import PartnerCenter

/// What the cart commands share: changing a cart's line items safely, and reporting line-item errors.
enum CartReport {
    /// Reads the cart, replaces its line items with `change(current line items)`, writes it back with the ETag it
    /// was read with (so a change made meanwhile by someone else is refused rather than overwritten), and shows
    /// the cart as the service stored it.
    static func change(_ cartId: String, of customerId: String, partner: PartnerService, printer: ResourcePrinter,
                       _ change: ([CartLineItem]) throws -> [CartLineItem]) async throws {
        let cart = partner.customers.byId(customerId).carts.byId(cartId)
        var current = try await cart.get()
        let sentBack = (current.lineItems ?? []).map { item in
            // Set by the service from the catalog on every write; sending them back would only echo stale values.
            var item = item
            item.error = nil
            item.orderGroup = nil
            item.pricing = nil
            return item
        }
        current.lineItems = try change(sentBack)
        let stored = try await cart.put(current, ifMatch: current.attributes?.etag)
        try show(stored, printer: printer, correlationId: partner.context.correlationId)
    }

    /// Prints the cart, then each line-item error on standard error; line-item errors end the command with exit
    /// code 3, because such a cart cannot be checked out.
    static func show(_ cart: Cart, printer: ResourcePrinter, correlationId: String) throws {
        try printer.show(cart, ids: [cart.id]) { CommerceTables.cart(cart) }
        let failing = (cart.lineItems ?? []).filter { $0.error != nil }
        guard !failing.isEmpty else { return }
        for item in failing {
            guard let error = item.error else { continue }
            StandardError.line("error \(error.errorCode): line item \(item.id.map(String.init) ?? "?") (\(item.catalogItemId ?? "")): \(error.errorDescription)")
        }
        StandardError.line("  cart id: \(cart.id ?? "")")
        StandardError.line("  correlation id: \(correlationId)")
        throw ExitCode(ClientFailure.itemErrorsExitCode)
    }
}

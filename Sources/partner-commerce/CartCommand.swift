import ArgumentParser
import PartnerCenter

/// `partner-commerce cart create|get|update|add-item|checkout`, after PowerShell's New-, Get-, Set- and
/// Submit-PartnerCustomerCart and Add-PartnerCustomerCartLineItem.
struct CartCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cart", abstract: "Create, show, change and check out carts.",
        subcommands: [Create.self, Get.self, Update.self, AddItem.self, Checkout.self])

    struct Create: PartnerClientCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a cart (New-PartnerCustomerCart). Exits with 3 when line items carry errors.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var customer: CustomerOption
        @OptionGroup var items: LineItemOptions

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let cart = try await partner.customers.byId(customer.customerId).carts.create(Cart(lineItems: try items.lineItems()))
            try CartReport.show(cart, printer: printer, correlationId: partner.context.correlationId)
        }
    }

    struct Get: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "Show a cart (Get-PartnerCustomerCart).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var customer: CustomerOption
        @Argument(help: "The cart id.") var cartId: String

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let cart = try await partner.customers.byId(customer.customerId).carts.byId(cartId).get()
            try printer.show(cart, ids: [cart.id]) { CommerceTables.cart(cart) }
        }
    }

    struct Update: PartnerClientCommand {
        static let configuration = CommandConfiguration(
            abstract: "Replace a cart's line items (Set-PartnerCustomerCart). Exits with 3 when line items carry errors.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var customer: CustomerOption
        @Argument(help: "The cart id.") var cartId: String
        @OptionGroup var items: LineItemOptions

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let replacement = try items.lineItems()
            try await CartReport.change(cartId, of: customer.customerId, partner: partner, printer: printer) { _ in replacement }
        }
    }

    struct AddItem: PartnerClientCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-item",
            abstract: "Add line items to a cart (Add-PartnerCustomerCartLineItem): reads the cart, appends, writes it back and shows what was stored.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var customer: CustomerOption
        @Argument(help: "The cart id.") var cartId: String
        @OptionGroup var items: LineItemOptions

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            try await CartReport.change(cartId, of: customer.customerId, partner: partner, printer: printer) { current in
                let firstFreeId = (current.compactMap(\.id).max() ?? -1) + 1
                return current + (try items.lineItems(firstId: firstFreeId))
            }
        }
    }

    struct Checkout: PartnerClientCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check out a cart (Submit-PartnerCustomerCart). Exits with 3 when an order group was not ordered.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var customer: CustomerOption
        @Argument(help: "The cart id.") var cartId: String
        @Option(name: .customLong("customer-user-upn"), help: "The customer's user to assign licences to.")
        var customerUserUpn: String?

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let result = try await partner.customers.byId(customer.customerId).carts.byId(cartId)
                .checkout(customerUserUpn: customerUserUpn)
            try printer.show(result, ids: result.orders.map(\.id)) { CommerceTables.checkout(result) }
            guard result.orderErrors.isEmpty else {
                for error in result.orderErrors {
                    StandardError.line("error \(error.code): order group \(error.orderGroupId) was not ordered: \(error.description)")
                }
                StandardError.line("  correlation id: \(partner.context.correlationId)")
                throw ExitCode(ClientFailure.itemErrorsExitCode)
            }
        }
    }
}

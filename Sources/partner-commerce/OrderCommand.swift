import ArgumentParser
import PartnerCenter

/// `partner-commerce order list|get|cancel|wait`, after PowerShell's Get-PartnerCustomerOrder.
struct OrderCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "order", abstract: "List, show, cancel and wait for orders.",
        subcommands: [List.self, Get.self, Cancel.self, OrderWaitCommand.self])

    /// Order ids are URL-safe and may begin with `-`, which would read as an option.
    static let orderIdHelp = ArgumentHelp("The order id; one that begins with - goes after --, as in: order get -c <customer> -- -lB0...")

    struct List: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "List a customer's orders (Get-PartnerCustomerOrder).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var customer: CustomerOption
        @Option(name: .customLong("billing-cycle"), help: "Only orders billed this way (monthly, annual, one_time, none, ...).")
        var billingCycle: String?
        @Flag(name: .customLong("include-price"), help: "Include line-item prices.") var includePrice = false

        func validate() throws {
            if let billingCycle, BillingCycle(spelling: billingCycle) == nil {
                throw ValidationError("--billing-cycle must be one of \(BillingCycle.allCases.map(\.rawValue).joined(separator: ", ")).")
            }
        }

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let orders = partner.customers.byId(customer.customerId).orders
            let listed = if let cycle = billingCycle.flatMap(BillingCycle.init(spelling:)) {
                try await orders.byBillingCycle(cycle).get(includePrice: includePrice).all()
            } else {
                try await orders.get(includePrice: includePrice).all()
            }
            try printer.show(listed, id: \.id, table: CommerceTables.orders)
        }
    }

    struct Get: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "Show an order (Get-PartnerCustomerOrder -OrderId).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var customer: CustomerOption
        @Argument(help: OrderCommand.orderIdHelp) var orderId: String
        @Flag(name: .customLong("include-price"), help: "Include line-item prices.") var includePrice = false

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let order = try await partner.customers.byId(customer.customerId).orders.byId(orderId).get(includePrice: includePrice)
            try printer.show(order, ids: [order.id]) { CommerceTables.order(order) }
        }
    }

    struct Cancel: PartnerClientCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cancel a pending order (integration sandbox only on Partner Center).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var customer: CustomerOption
        @Argument(help: OrderCommand.orderIdHelp) var orderId: String

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let order = try await partner.customers.byId(customer.customerId).orders.byId(orderId).cancel()
            try printer.show(order, ids: [order.id]) { CommerceTables.order(order) }
        }
    }
}

import ArgumentParser
import PartnerCenter

/// `partner-commerce subscription list|get`.
struct SubscriptionCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "subscription", abstract: "List and show the subscriptions orders made.",
        subcommands: [List.self, Get.self])

    struct List: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "List a customer's subscriptions (Get-PartnerCustomerSubscription).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var customer: CustomerOption
        @Option(name: .customLong("order"), parsing: .unconditional, help: "Only the subscriptions this order made.")
        var orderId: String?

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let subscriptions = partner.customers.byId(customer.customerId).subscriptions
            let listed = if let orderId {
                try await subscriptions.byOrder(orderId).get().all()
            } else {
                try await subscriptions.get().all()
            }
            try printer.show(listed, id: \.id, table: CommerceTables.subscriptions)
        }
    }

    struct Get: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "Show a subscription.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var customer: CustomerOption
        @Argument(help: "The subscription id.") var subscriptionId: String

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let subscription = try await partner.customers.byId(customer.customerId).subscriptions.byId(subscriptionId).get()
            try printer.show(subscription, ids: [subscription.id]) { CommerceTables.subscriptions([subscription]) }
        }
    }
}

import ArgumentParser

/// `partner-commerce`: a local Partner Center cart, checkout and order API, and tools to use it.
@main
struct PartnerCommerceCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner-commerce",
        abstract: "A local Microsoft Partner Center cart, checkout and order API.",
        subcommands: [
            ServeCommand.self, TokenCommand.self, CustomerCommand.self, CartCommand.self, OrderCommand.self,
            SubscriptionCommand.self, CatalogCommand.self, AdminCommand.self, FaultCommand.self, ClockCommand.self,
            JournalCommand.self,
        ])
}

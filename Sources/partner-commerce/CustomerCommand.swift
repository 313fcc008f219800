import ArgumentParser
import PartnerCenter

/// `partner-commerce customer create|list|get|delete`.
struct CustomerCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "customer", abstract: "Create, list, show and delete customers.",
        subcommands: [Create.self, List.self, Get.self, Delete.self])

    struct Create: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "Create a customer (New-PartnerCustomer).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "The company's name.") var name: String
        @Option(help: "The primary domain (default: chosen by the service).") var domain: String?
        @Option(help: "The billing country, which decides market and currency.") var country = "US"

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let customer = try await partner.customers.create(Customer(
                id: nil, companyProfile: CustomerCompanyProfile(tenantId: nil, domain: domain, companyName: name),
                billingProfile: CustomerBillingProfile(defaultAddress: CustomerAddress(country: country))))
            try printer.show(customer, ids: [customer.id]) { CommerceTables.customers([customer]) }
        }
    }

    struct List: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "List the partner's customers (Get-PartnerCustomer).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let customers = try await partner.customers.get().all()
            try printer.show(customers, id: \.id, table: CommerceTables.customers)
        }
    }

    struct Get: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "Show one customer.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The customer's tenant id.") var customerId: String

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let customer = try await partner.customers.byId(customerId).get()
            try printer.show(customer, ids: [customer.id]) { CommerceTables.customers([customer]) }
        }
    }

    struct Delete: PartnerClientCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete a customer and everything under it (Remove-PartnerCustomer; integration sandbox only on Partner Center).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The customer's tenant id.") var customerId: String

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            try await partner.customers.byId(customerId).delete()
            if !output.json { StandardOutput.line(output.quiet ? customerId : "Deleted customer \(customerId).") }
        }
    }
}

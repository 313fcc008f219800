import ArgumentParser
import PartnerCenter

/// `partner-commerce catalog products|skus|availabilities|offers`, after Get-PartnerProduct, Get-PartnerProductSku,
/// Get-PartnerProductAvailability and Get-PartnerOffer.
struct CatalogCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Browse the catalog: products, SKUs, availabilities and legacy offers.",
        subcommands: [Products.self, Skus.self, Availabilities.self, Offers.self])

    /// The market every catalog command reads.
    struct MarketOptions: ParsableArguments {
        @Option(help: "The market's ISO 3166 country code.") var country = "US"
        @Option(name: .customLong("segment"), help: "Only this segment (commercial, education, government, nonprofit).")
        var targetSegment: String?
    }

    struct Products: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "List products (Get-PartnerProduct).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var market: MarketOptions
        @Option(name: .customLong("target-view"), help: "The catalog view: OnlineServices, Azure, Software, ...")
        var targetView = "OnlineServices"

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            var products = partner.products.byCountry(market.country).byTargetView(targetView)
            if let segment = market.targetSegment { products = products.byTargetSegment(segment) }
            try printer.show(try await products.get().all(), id: \.id, table: CatalogTables.products)
        }
    }

    struct Skus: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "List a product's SKUs (Get-PartnerProductSku).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var market: MarketOptions
        @Option(help: "The product id.") var product: String

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            var skus = partner.products.byCountry(market.country).byId(product).skus
            if let segment = market.targetSegment { skus = skus.byTargetSegment(segment) }
            try printer.show(try await skus.get().all(), id: \.id, table: CatalogTables.skus)
        }
    }

    struct Availabilities: PartnerClientCommand {
        static let configuration = CommandConfiguration(
            abstract: "List a SKU's availabilities, whose catalogItemId a cart line item names (Get-PartnerProductAvailability).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @OptionGroup var market: MarketOptions
        @Option(help: "The product id.") var product: String
        @Option(help: "The SKU id.") var sku: String

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            var availabilities = partner.products.byCountry(market.country).byId(product).skus.byId(sku).availabilities
            if let segment = market.targetSegment { availabilities = availabilities.byTargetSegment(segment) }
            try printer.show(try await availabilities.get().all(), id: \.catalogItemId, table: CatalogTables.availabilities)
        }
    }

    struct Offers: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "List the legacy offers of a market, every page (Get-PartnerOffer).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "The market's ISO 3166 country code.") var country = "US"

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            try printer.show(try await partner.offers.byCountry(country).get().all(), id: \.id, table: CatalogTables.offers)
        }
    }
}

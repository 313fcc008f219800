import ArgumentParser
import Foundation
import PartnerCenter

/// `partner-commerce admin reset|catalog`: the operator's data commands (an operator token is needed:
/// `partner-commerce token --operator`).
struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin", abstract: "Operate a PartnerCommerce server: reset its data, import or export its catalog.",
        subcommands: [Reset.self, CatalogCommands.self])

    struct Reset: PartnerClientCommand {
        static let configuration = CommandConfiguration(
            abstract: "Delete every partner's data and put the default catalog back in force.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            try await partner.operator.reset()
            if !output.quiet { StandardOutput.line("Every partner's data is deleted; the default catalog is in force.") }
        }
    }

    struct CatalogCommands: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "catalog", abstract: "Import or export the catalog.", subcommands: [Import.self, Export.self])
    }

    struct Import: PartnerClientCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a catalog (replaces it) or a saved Partner Center products, SKUs, availabilities or offers answer (merged in).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The JSON file; - reads standard input.") var file: String
        @Option(name: .customLong("target-view"), help: "The target view new products are listed under (default: from their product type).")
        var targetView: String?

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let summary = try await partner.operator.catalog.importDocument(try InputFile.data(file), targetView: targetView)
            try printer.show(summary, ids: [summary.format]) { OperatorTables.catalogImport(summary) }
        }
    }

    struct Export: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "Print the catalog in force, in PartnerCommerce's catalog format.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            StandardOutput.line(String(decoding: try await partner.operator.catalog.export(), as: UTF8.self))
        }
    }
}

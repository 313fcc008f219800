import ArgumentParser
import PartnerCenter

/// `partner-commerce clock advance|show`: the server's business clock (operator token needed).
struct ClockCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clock", abstract: "Show or move the server's business clock (cart expiry, provisioning).",
        subcommands: [Show.self, Advance.self])

    struct Show: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "Show the business time.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let state = try await partner.operator.clock.get()
            try printer.show(state, ids: []) { OperatorTables.clock(state) }
        }
    }

    struct Advance: PartnerClientCommand {
        static let configuration = CommandConfiguration(
            abstract: "Move the clock forward (the server must run with --allow-clock-control).")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "An ISO 8601 duration, e.g. P8D or PT2H.") var duration: String

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let state = try await partner.operator.clock.advance(by: duration)
            try printer.show(state, ids: []) { OperatorTables.clock(state) }
        }
    }
}

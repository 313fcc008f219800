import ArgumentParser
import PartnerCenter

/// `partner-commerce journal`: the server's most recent requests (operator token needed).
struct JournalCommand: PartnerClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "journal", abstract: "Show the server's most recent requests, newest first.")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions
    @Option(help: "At most this many (default 100).") var limit: Int?
    @Option(name: .customLong("for-partner"), help: "Only this partner tenant's requests.") var forPartner: String?
    @Option(help: "Only requests answered with this status.") var status: Int?
    @Option(name: .customLong("correlation-id"), help: "Only requests with this MS-CorrelationId.") var correlationId: String?

    func run(partner: PartnerService, printer: ResourcePrinter) async throws {
        let entries = try await partner.operator.requests.get(
            limit: limit, partner: forPartner, status: status, correlationId: correlationId)
        try printer.show(entries, id: \.requestId, table: OperatorTables.journal)
    }
}

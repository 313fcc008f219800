import ArgumentParser
import PartnerCenter

/// `partner-commerce fault add|list|clear`: the server's fault rules (operator token needed).
struct FaultCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fault", abstract: "Make the server fail on purpose: add, list and clear fault rules.",
        subcommands: [Add.self, List.self, Clear.self])

    struct Add: PartnerClientCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a rule: which requests (method, path pattern, partner) and what happens to them.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @Option(help: "The HTTP method to match (default: any).") var method: String?
        @Option(help: "The path pattern: '*' is one segment, a final '**' any rest (/v1/customers/*/carts/*/checkout).")
        var path: String
        @Option(name: .customLong("for-partner"), help: "Only this partner tenant's requests.") var forPartner: String?
        @Option(help: "Answer with this HTTP status (400-599).") var status: Int?
        @Option(help: "The Partner Center error code of that answer (default 800003).") var code: Int?
        @Option(help: "The error description.") var description: String?
        @Option(name: .customLong("latency-ms"), help: "Wait this many milliseconds first.") var latencyMilliseconds: Int?
        @Flag(name: .customLong("drop-connection"), help: "Close the connection without answering.") var dropConnection = false
        @Option(name: .customLong("fail-order-group"), help: "On checkout, fail this order group into orderErrors.")
        var failOrderGroup: String?
        @Option(help: "The chance a matching request is faulted, 0-1 (default 1).") var probability: Double?
        @Option(help: "Fault only the next N matching requests.") var times: Int?

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            let rule = FaultRule(
                method: method, path: path, partner: forPartner, status: status, code: code, description: description,
                latencyMilliseconds: latencyMilliseconds, dropConnection: dropConnection ? true : nil,
                failOrderGroup: failOrderGroup, probability: probability, times: times)
            let added = try await partner.operator.faults.add(rule)
            try printer.show(added, ids: [added.id]) { OperatorTables.faultRules([added]) }
        }
    }

    struct List: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules, oldest first.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            try printer.show(try await partner.operator.faults.get(), id: \.id, table: OperatorTables.faultRules)
        }
    }

    struct Clear: PartnerClientCommand {
        static let configuration = CommandConfiguration(abstract: "Remove one rule, or every rule.")
        @OptionGroup var connection: ConnectionOptions
        @OptionGroup var output: OutputOptions
        @Argument(help: "The rule's id; every rule when omitted.") var id: String?

        func run(partner: PartnerService, printer: ResourcePrinter) async throws {
            if let id {
                try await partner.operator.faults.byId(id).delete()
            } else {
                try await partner.operator.faults.clear()
            }
            if !output.quiet { StandardOutput.line(id.map { "Fault rule \($0) removed." } ?? "Every fault rule removed.") }
        }
    }
}

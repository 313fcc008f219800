import Foundation
import PartnerCenterModels
import TestSupport
import Testing

@Suite("CLI: operator commands (admin, fault, clock, journal)")
struct OperatorCommandTests {
    @Test("token --operator mints a token /admin accepts; a partner token is refused there (exit 12)")
    func operatorToken() async throws {
        try await withServerProcess { server in
            let admin = try await server.operatorSession()
            let refused = try await server.run("fault", "list")
            #expect(refused.exitCode == 12)
            #expect(refused.standardError.contains("error 3000"))

            let listed = try await admin.run("fault", "list", "--json")

            #expect(listed.exitCode == 0)
            #expect(try listed.decoded(ResourceCollection<FaultRule>.self).items.isEmpty)
        }
    }

    @Test("token without --partner or --operator is a usage error")
    func tokenNeedsPartnerOrOperator() async throws {
        let result = try await CommandLineTool.run(["token", "--data-dir", TemporaryDirectory.make()])
        #expect(result.exitCode == 64)
        #expect(result.standardError.contains("--operator"))
    }

    @Test("fault add, list and clear; the rule answers the partner's next call, which the CLI retries past")
    func faults() async throws {
        try await withServerProcess { server in
            let admin = try await server.operatorSession()
            let added = try await admin.run(
                "fault", "add", "--method", "GET", "--path", "/v1/customers", "--status", "503", "--code", "800003",
                "--times", "1", "--quiet")
            #expect(added.exitCode == 0)
            let id = added.output
            #expect(id == "fault-1")
            let table = try await admin.run("fault", "list")
            #expect(table.exitCode == 0)
            #expect(table.lines.count == 2)
            #expect(table.lines[1].contains("fault-1") && table.lines[1].contains("503 800003"))

            let retried = try await server.run("customer", "list", "--quiet")

            #expect(retried.exitCode == 0)
            let journal = try await admin.run("journal", "--status", "503", "--json")
            let faulted = try journal.decoded(ResourceCollection<RequestJournalEntry>.self).items
            #expect(faulted.count == 1)
            #expect(faulted.first?.path == "/v1/customers")
            #expect(faulted.first?.faultRule == "fault-1")
            #expect(try await admin.run("fault", "list", "--quiet").output.isEmpty)
            _ = try await admin.run("fault", "add", "--path", "/v1/offers", "--latency-ms", "1", "--quiet")
            let cleared = try await admin.run("fault", "clear")
            #expect(cleared.exitCode == 0)
            #expect(cleared.output == "Every fault rule removed.")
            #expect(try await admin.run("fault", "list", "--quiet").output.isEmpty)
            let bad = try await admin.run("fault", "add", "--path", "v1", "--status", "503")
            #expect(bad.exitCode == 10)
            #expect(bad.standardError.contains("Invalid path"))
        }
    }

    @Test("admin catalog import of a saved Partner Center offers page, export, and admin reset")
    func catalogImportExportReset() async throws {
        try await withServerProcess { server in
            let admin = try await server.operatorSession()
            let imported = try await admin.run("admin", "catalog", "import", try Fixtures.path("partner-center-offers.json"), "--json")
            #expect(imported.exitCode == 0, "\(imported.standardError)")
            let summary = try imported.decoded(CatalogImportSummary.self)
            #expect(summary.format == "offers")
            #expect(summary.imported == 2)
            let offers = try await server.run("catalog", "offers", "--quiet")
            #expect(offers.lines.contains("195416C1-3447-423A-B37B-EE59A99A19C4"))
            let customer = try await server.run("customer", "create", "--name", "Contoso", "--quiet").output

            let exported = try await admin.run("admin", "catalog", "export")

            #expect(exported.exitCode == 0)
            #expect(exported.output.contains("195416C1-3447-423A-B37B-EE59A99A19C4"))
            let reset = try await admin.run("admin", "reset")
            #expect(reset.exitCode == 0)
            #expect(reset.output == "Every partner's data is deleted; the default catalog is in force.")
            #expect(try await server.run("customer", "list", "--quiet").output.isEmpty)
            #expect(try await server.run("customer", "get", customer).exitCode == 12)
            let afterReset = try await admin.run("admin", "catalog", "export")
            #expect(!afterReset.output.contains("195416C1-3447-423A-B37B-EE59A99A19C4"))
            let unreadable = try await admin.run("admin", "catalog", "import", "/no/such/file.json")
            #expect(unreadable.exitCode == 6)
        }
    }

    @Test("clock show and clock advance (with --allow-clock-control); journal lists requests")
    func clockAndJournal() async throws {
        try await withServerProcess(arguments: ["--allow-clock-control"]) { server in
            let admin = try await server.operatorSession()
            let shown = try await admin.run("clock", "show", "--json")
            #expect(shown.exitCode == 0)
            #expect(try shown.decoded(BusinessClockState.self).advancedBySeconds == 0)

            let moved = try await admin.run("clock", "advance", "P1D", "--json")

            #expect(moved.exitCode == 0)
            let state = try moved.decoded(BusinessClockState.self)
            #expect(state.advancedBySeconds == 86_400)
            #expect(state.controlEnabled)
            let bad = try await admin.run("clock", "advance", "tomorrow")
            #expect(bad.exitCode == 10)
            #expect(bad.standardError.contains("Invalid advance"))

            let journal = try await admin.run("journal", "--status", "200", "--json")
            #expect(journal.exitCode == 0)
            let entries = try journal.decoded(ResourceCollection<RequestJournalEntry>.self).items
            #expect(entries.contains { $0.method == "POST" && $0.path == "/admin/clock" })
            #expect(entries.allSatisfy { $0.status == 200 })
            let table = try await admin.run("journal", "--limit", "2")
            #expect(table.lines.count == 3)
            #expect(table.lines[0].hasPrefix("TIME"))
        }
    }
}

import Foundation
import PartnerCenter

/// Tables for the operator commands.
enum OperatorTables {
    static func catalogImport(_ summary: CatalogImportSummary) -> String {
        var table = TextTable("FORMAT", "IMPORTED", "MARKETS", "PRODUCTS", "SKUS", "AVAILABILITIES", "OFFERS")
        table.add(summary.format, "\(summary.imported)", "\(summary.markets)", "\(summary.products)", "\(summary.skus)",
                  "\(summary.availabilities)", "\(summary.offers)")
        return table.rendered
    }

    static func faultRules(_ rules: [FaultRule]) -> String {
        var table = TextTable("ID", "METHOD", "PATH", "PARTNER", "EFFECT", "PROBABILITY", "LEFT", "INJECTED")
        for rule in rules {
            table.add(rule.id ?? "", rule.method ?? "*", rule.path, rule.partner ?? "*", effect(of: rule),
                      rule.probability.map { "\($0)" } ?? "1", rule.times.map(String.init) ?? "-", "\(rule.injectedCount ?? 0)")
        }
        return table.rendered
    }

    static func clock(_ state: BusinessClockState) -> String {
        var table = TextTable("NOW", "ADVANCED BY (S)", "CONTROL", "PROVISIONED")
        table.add(PartnerTimestamp(state.now).description, "\(state.advancedBySeconds)", state.controlEnabled ? "enabled" : "disabled",
                  state.provisionedOrders.map(String.init) ?? "")
        return table.rendered
    }

    static func journal(_ entries: [RequestJournalEntry]) -> String {
        var table = TextTable("TIME", "METHOD", "PATH", "STATUS", "MS", "PARTNER", "CORRELATION ID", "FAULT")
        for entry in entries {
            table.add(PartnerTimestamp(entry.time).description, entry.method, entry.path, "\(entry.status)",
                      String(format: "%.1f", entry.latencyMilliseconds), entry.partner ?? "", entry.correlationId,
                      entry.faultRule ?? "")
        }
        return table.rendered
    }

    private static func effect(of rule: FaultRule) -> String {
        var parts: [String] = []
        if let latency = rule.latencyMilliseconds, latency > 0 { parts.append("+\(latency)ms") }
        if let status = rule.status { parts.append("\(status) \(rule.code ?? 800003)") }
        if rule.dropConnection == true { parts.append("drop") }
        if let group = rule.failOrderGroup { parts.append("fail group \(group)") }
        return parts.joined(separator: ", ")
    }
}

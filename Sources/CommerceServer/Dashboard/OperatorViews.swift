import Foundation
import PartnerCenterModels

/// The request journal, newest first.
struct RequestJournalPage {
    let count: Int
    let entries: [JournalRow]

    init(_ entries: [RequestJournalEntry]) {
        count = entries.count
        self.entries = entries.map(JournalRow.init)
    }
}

/// A request in the journal; `failed` marks 4xx and 5xx answers.
struct JournalRow {
    let time: String
    let method: String
    let path: String
    let status: Int
    let failed: Bool
    let partner: String
    let requestId: String
    let correlationId: String
    let latency: String
    let faultRule: String

    init(_ entry: RequestJournalEntry) {
        time = DashboardText.timestamp(entry.time)
        method = entry.method
        path = entry.path
        status = entry.status
        failed = entry.status >= 400
        partner = entry.partner ?? ""
        requestId = entry.requestId
        correlationId = entry.correlationId
        latency = String(format: "%.1f", entry.latencyMilliseconds)
        faultRule = entry.faultRule ?? ""
    }
}

/// The operator's fault rules.
struct FaultRulesPage {
    let rules: [FaultRuleRow]
    let hasRules: Bool

    init(_ rules: [FaultRule]) {
        self.rules = rules.map(FaultRuleRow.init)
        hasRules = !rules.isEmpty
    }
}

/// A fault rule, every field as text ("" when not set).
struct FaultRuleRow {
    let id: String
    let method: String
    let path: String
    let partner: String
    let status: String
    let code: String
    let description: String
    let latencyMilliseconds: String
    let failOrderGroup: String
    let probability: String
    let times: String
    let injectedCount: String

    init(_ rule: FaultRule) {
        id = rule.id ?? ""
        method = rule.method ?? "*"
        path = rule.path
        partner = rule.partner ?? "any"
        status = rule.status.map(String.init) ?? ""
        code = rule.code.map(String.init) ?? ""
        description = rule.description ?? ""
        latencyMilliseconds = rule.latencyMilliseconds.map(String.init) ?? ""
        failOrderGroup = rule.failOrderGroup ?? ""
        probability = rule.probability.map { String($0) } ?? "1"
        times = rule.times.map(String.init) ?? "unlimited"
        injectedCount = String(rule.injectedCount ?? 0)
    }
}

import Foundation

/// The results of a benchmark run, as a table for people and JSON for keeping.
struct BenchReport: Codable, Sendable {
    struct ScenarioResult: Codable, Sendable {
        let scenario: String
        let requestsPerSecond: Double
        let flowsPerSecond: Double?
        let p50Milliseconds: Double
        let p90Milliseconds: Double
        let p99Milliseconds: Double
        let maxMilliseconds: Double
        let requests: Int
        let errorsByStatus: [String: Int]
        let ratioToHealthz: Double?
        /// Server CPU milliseconds per request (per flow for `flow`), with `--server-pid`.
        let serverCPUMillisecondsPerRequest: Double?
        /// The same by server thread name (Linux only), for the threads running at the end of the window: how much
        /// of it the commit line took, for example.
        let serverCPUMillisecondsPerRequestByThread: [String: Double]?
        /// How the machine's cores spent the measured window (Linux only): how busy they were, and how much the
        /// hypervisor took.
        let machineCPU: MachineCPUTime.Shares?
    }

    let endpoint: String
    let connections: Int
    /// Iterations a second asked for in an open-loop run (`--rate`); `nil` when each connection sent as fast as
    /// it was answered.
    let rate: Double?
    let durationSeconds: Double
    let warmupSeconds: Double
    /// The disk's durable commit rate, measured before the scenarios (``DiskCommitRate``); `nil` with
    /// `--disk-commits 0`.
    var diskCommitsPerSecond: Double?
    var scenarios: [ScenarioResult] = []
    var verified = true
    var verificationMessages: [String] = []

    static func result(_ scenario: BenchScenario, _ measurement: LoadRunner.Measurement, healthzRate: Double?) -> ScenarioResult {
        let seconds = max(measurement.elapsedSeconds, 0.001)
        let rate = Double(measurement.requests) / seconds
        func milliseconds(_ percentile: Double) -> Double { Double(measurement.latency.valueAtPercentile(percentile)) / 1000 }
        let units = scenario == .flow ? measurement.flowsSucceeded : measurement.requests
        func perUnit(_ seconds: Double) -> Double { units > 0 ? seconds * 1000 / Double(units) : 0 }
        return ScenarioResult(
            scenario: scenario.rawValue, requestsPerSecond: rate,
            flowsPerSecond: scenario == .flow ? Double(measurement.flowsSucceeded) / seconds : nil,
            p50Milliseconds: milliseconds(50), p90Milliseconds: milliseconds(90), p99Milliseconds: milliseconds(99),
            maxMilliseconds: Double(measurement.latency.max) / 1000, requests: measurement.requests,
            errorsByStatus: Dictionary(uniqueKeysWithValues: measurement.errorsByStatus.map { ("\($0.key)", $0.value) }),
            ratioToHealthz: healthzRate.map { $0 > 0 ? rate / $0 : 0 },
            serverCPUMillisecondsPerRequest: measurement.serverCPUSeconds.map(perUnit),
            serverCPUMillisecondsPerRequestByThread: measurement.serverCPUSecondsByThread?.mapValues(perUnit),
            machineCPU: measurement.machineCPU)
    }

    func table() -> String {
        let load = rate.map { "open loop at \(format($0, 0)) iterations/s (healthz as fast as it can)" } ?? "closed loop"
        var lines = ["PartnerCommerce benchmark: \(endpoint), \(connections) connections, \(load), \(Int(durationSeconds)) s per scenario after \(Int(warmupSeconds)) s warm-up"]
        if let diskCommitsPerSecond {
            lines.append("disk: \(format(diskCommitsPerSecond, 0)) durable commits/s (SQLite, WAL, synchronous = FULL), measured before the scenarios")
        }
        lines.append("")
        lines.append(pad("scenario", 12) + pad("req/s", 10) + pad("flows/s", 10) + pad("p50 ms", 9) + pad("p90 ms", 9)
                     + pad("p99 ms", 9) + pad("max ms", 9) + pad("x healthz", 10) + pad("cpu ms", 8) + pad("busy %", 8)
                     + pad("steal %", 9) + "errors")
        for result in scenarios {
            let errors = result.errorsByStatus.isEmpty ? "none" : result.errorsByStatus.sorted { $0.key < $1.key }.map { "\($0.key): \($0.value)" }.joined(separator: ", ")
            lines.append(pad(result.scenario, 12) + pad(format(result.requestsPerSecond, 0), 10)
                         + pad(result.flowsPerSecond.map { format($0, 0) } ?? "-", 10)
                         + pad(format(result.p50Milliseconds, 2), 9) + pad(format(result.p90Milliseconds, 2), 9)
                         + pad(format(result.p99Milliseconds, 2), 9) + pad(format(result.maxMilliseconds, 1), 9)
                         + pad(result.ratioToHealthz.map { format($0, 3) } ?? "-", 10)
                         + pad(result.serverCPUMillisecondsPerRequest.map { format($0, 3) } ?? "-", 8)
                         + pad(result.machineCPU.map { format($0.busyPercent, 0) } ?? "-", 8)
                         + pad(result.machineCPU.map { format($0.stolenPercent, 1) } ?? "-", 9) + errors)
        }
        lines.append("")
        let byThreadLines = scenarios.compactMap { result -> String? in
            // Threads that show as 0.000 are left out.
            guard let byThread = result.serverCPUMillisecondsPerRequestByThread?.filter({ $0.value >= 0.0005 }),
                  !byThread.isEmpty else { return nil }
            let threads = byThread.sorted { $0.value > $1.value }.map { "\($0.key) \(format($0.value, 3))" }
            return "cpu ms by thread, " + result.scenario + ": " + threads.joined(separator: ", ")
        }
        if !byThreadLines.isEmpty { lines += byThreadLines + [""] }
        if rate != nil {
            lines.append("open loop: latency counts from when each iteration was due, including any wait for its connection")
        }
        if scenarios.contains(where: { $0.serverCPUMillisecondsPerRequest != nil }) {
            lines.append("cpu ms: the server's CPU time per request (per flow for flow), from --server-pid")
        }
        if scenarios.contains(where: { $0.machineCPU != nil }) {
            lines.append("busy %, steal %: the share of all the machine's cores that ran programs, and that the hypervisor gave to other machines")
        }
        lines.append(verified ? "verified: every flow answered 201 with 4 orders and the server holds exactly those orders"
                              : "NOT VERIFIED: " + verificationMessages.joined(separator: "; "))
        return lines.joined(separator: "\n")
    }

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text + " " : text + String(repeating: " ", count: width - text.count)
    }

    private func format(_ value: Double, _ digits: Int) -> String {
        String(format: "%.\(digits)f", value)
    }
}

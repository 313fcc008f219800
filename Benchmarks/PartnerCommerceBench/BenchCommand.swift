import ArgumentParser
import CommerceServer
import Foundation
import NIOCore
import NIOPosix

/// `partner-commerce-bench`: drives a running PartnerCommerce server over HTTP and reports throughput and
/// latency per scenario, each beside the server's own `/healthz` rate measured in the same run.
@main
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "partner-commerce-bench",
        abstract: "Benchmark a running PartnerCommerce server (flow, get-cart, list-orders, create-cart, checkout, healthz).")

    @Option(help: "Server base URL, or several separated by commas (instances sharing one database), which requests take in turn (PARTNER_COMMERCE_ENDPOINT; default http://127.0.0.1:8080).")
    var endpoint: String?
    @Option(help: "Bearer token; without it one is minted for a fresh partner with the key in --data-dir.")
    var token: String?
    @Option(name: .customLong("data-dir"), help: "The server's data directory, to mint a token (default ./.partner-commerce).")
    var dataDirectory = "./.partner-commerce"
    @Option(help: "Concurrent connections (default 64).")
    var connections = 64
    @Option(help: "Measured seconds per scenario (default 20).")
    var duration = 20.0
    @Option(name: .customLong("healthz-duration"), help: "Measured seconds of the healthz baseline (default: --duration).")
    var healthzDuration: Double?
    @Option(help: "Warm-up seconds per scenario, not measured (default 3).")
    var warmup = 3.0
    @Option(help: "Comma-separated scenarios (default all: healthz,get-cart,list-orders,create-cart,flow,checkout; orders placed by flow and checkout are provisioned in the seconds after, so those come last).")
    var scenarios = BenchScenario.allCases.map(\.rawValue).joined(separator: ",")
    @Option(name: .customLong("checkout-carts"), help: "Carts prepared per connection for the checkout scenario; it ends when they run out (default: enough for 25 checkouts a second per connection through the warm-up and the measured window).")
    var cartsPerConnection: Int?
    @Option(help: "Open loop: start this many iterations a second over all connections (flows for flow, requests otherwise) instead of sending again as soon as an answer comes; latency then counts from when each iteration was due. healthz still runs as fast as it can.")
    var rate: Double?
    @Option(name: .customLong("server-pid"), help: "The server's process id, on this machine: reports the server's CPU time per request.")
    var serverPID: Int32?
    @Option(name: .customLong("disk-dir"), help: "Where to measure the disk's durable commit rate before the scenarios (default: --data-dir when it exists, else the current directory).")
    var diskDirectory: String?
    @Option(name: .customLong("disk-commits"), help: "Commits to measure the disk's durable commit rate with (default 1000; 0 leaves it out).")
    var diskCommits = 1000
    @Flag(help: "Print the results as JSON.")
    var json = false

    func validate() throws {
        guard (1...4096).contains(connections) else { throw ValidationError("--connections must be 1...4096.") }
        guard (rate ?? 1) > 0, rate?.isFinite ?? true else { throw ValidationError("--rate must be a positive number.") }
        guard (cartsPerConnection ?? 1) > 0 else { throw ValidationError("--checkout-carts must be positive.") }
        guard (0...1_000_000).contains(diskCommits) else { throw ValidationError("--disk-commits must be 0...1000000.") }
        guard duration > 0, warmup >= 0, (healthzDuration ?? 1) > 0 else {
            throw ValidationError("--duration and --healthz-duration must be positive and --warmup not negative.")
        }
        for name in scenarios.split(separator: ",") where BenchScenario(rawValue: String(name)) == nil {
            throw ValidationError("unknown scenario '\(name)'.")
        }
    }

    /// Runs the benchmark's tasks on SwiftNIO's event loops, where its connections' answers arrive, as the server
    /// runs its own. On Swift's concurrency pool every answer woke a pool thread, which handed the next request back
    /// to an event loop: on `flow` the benchmark switched threads about five times as often and spent about a fifth
    /// more CPU per flow, taken from the cores it shares with the server it measures. Nothing the benchmark runs as
    /// a task blocks its thread while connections are busy.
    @MainActor
    private static func runTasksOnEventLoops() {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    func run() async throws {
        await Self.runTasksOnEventLoops()
        let endpoint = endpoint ?? ProcessInfo.processInfo.environment["PARTNER_COMMERCE_ENDPOINT"] ?? "http://127.0.0.1:8080"
        var chosen = scenarios.split(separator: ",").compactMap { BenchScenario(rawValue: String($0)) }
        // healthz is the ceiling every scenario is compared with: always measured, and first.
        chosen.removeAll { $0 == .healthz }
        chosen.insert(.healthz, at: 0)
        // healthz alone sends no token, so it needs none minted (and no signing key in --data-dir).
        let bearer = chosen.contains(where: \.needsCustomer) ? try await resolvedToken() : ""
        let urls = endpoint.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !urls.isEmpty else { throw ValidationError("--endpoint names no URL.") }
        let endpoints = try urls.map { url in
            guard let endpoint = BenchEndpoint(url) else { throw ValidationError("--endpoint '\(url)' is not an http:// URL with a host.") }
            return endpoint
        }
        let http = BenchHTTP(endpoints: endpoints, token: bearer)
        let runner = LoadRunner(http: http, connections: connections, warmup: .milliseconds(Int(warmup * 1000)),
                                duration: .milliseconds(Int(duration * 1000)), cartsPerWorker: cartsPerConnection ?? Self.defaultCarts(warmup: warmup, duration: duration),
                                rate: rate, serverCPU: serverPID.map(ServerCPUTime.init(pid:)))
        var report = BenchReport(endpoint: endpoint, connections: connections, rate: rate, durationSeconds: duration, warmupSeconds: warmup)
        if diskCommits > 0 {
            report.diskCommitsPerSecond = try DiskCommitRate.measure(in: diskMeasurementDirectory(), commits: diskCommits)
        }
        var healthzRate: Double?
        do {
            for scenario in chosen {
                let measured = scenario == .healthz ? healthzDuration.map { Duration.milliseconds(Int($0 * 1000)) } : nil
                let (measurement, workers) = try await runner.run(scenario, for: measured)
                let result = BenchReport.result(scenario, measurement, healthzRate: healthzRate)
                if scenario == .healthz { healthzRate = result.requestsPerSecond }
                report.scenarios.append(result)
                if scenario == .flow { try await verifyFlows(workers, measurement: measurement, http: http, report: &report) }
            }
        } catch {
            http.shutdown()
            throw error
        }
        http.shutdown()
        let output = json ? String(decoding: try JSONEncoder.pretty.encode(report), as: UTF8.self) : report.table()
        FileHandle.standardOutput.write(Data((output + "\n").utf8))
        if !report.verified { throw ExitCode(2) }
    }

    /// Every flow's checkout was checked as it ran; here the server's order count must equal the flows' orders.
    private func verifyFlows(_ workers: [BenchScenario.WorkerState], measurement: LoadRunner.Measurement,
                             http: BenchHTTP, report: inout BenchReport) async throws {
        var stored = 0
        for worker in workers {
            guard let customer = worker.customer else { continue }
            stored += try await BenchSetup.orderCount(http, customer: customer)
        }
        let succeeded = workers.reduce(0) { $0 + $1.flowsSucceeded }
        let failed = workers.reduce(0) { $0 + $1.flowsFailed }
        if failed > 0 {
            report.verified = false
            report.verificationMessages.append("\(failed) flow(s) did not answer 201 with \(BenchSetup.ordersPerSeedCart) orders")
        }
        if stored != succeeded * BenchSetup.ordersPerSeedCart {
            report.verified = false
            report.verificationMessages.append("the server holds \(stored) orders for \(succeeded) successful flows")
        }
    }

    /// The directory the disk's commit rate is measured in: the server's, when the benchmark runs beside it.
    private func diskMeasurementDirectory() -> String {
        if let diskDirectory { return diskDirectory }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: dataDirectory, isDirectory: &isDirectory) && isDirectory.boolValue
            ? dataDirectory : FileManager.default.currentDirectoryPath
    }

    /// Carts per connection for 25 checkouts a second each (1,600 a second on 64 connections, above what two
    /// cores manage) through the warm-up and the measured window, so that the window is not cut short.
    static func defaultCarts(warmup: Double, duration: Double) -> Int {
        max(20, Int(((warmup + duration) * 25).rounded(.up)))
    }

    private func resolvedToken() async throws -> String {
        if let token = token ?? ProcessInfo.processInfo.environment["PARTNER_COMMERCE_TOKEN"] { return token }
        let tokens = await DevTokenService(key: try DevSigningKey.loadOrCreate(dataDirectory: dataDirectory))
        return try await tokens.mint(partnerTenant: UUID().uuidString.lowercased(), user: nil)
    }
}

extension JSONEncoder {
    static var pretty: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return encoder
    }
}

import Foundation
import TestSupport
import Testing

/// Keeps `partner-commerce-bench` working: a short run against a real server process must finish, verify its
/// own results and report every scenario. No timing is asserted.
@Suite struct BenchmarkTests {
    private static let bench = ServerProcess.executable.deletingLastPathComponent().appendingPathComponent("partner-commerce-bench")

    /// Runs the benchmark with `arguments` against a fresh server (`--server-pid` adds the server's process id);
    /// answers its exit status, its JSON report and the server's data directory.
    private func runBenchmark(
        _ arguments: [String], withServerPID: Bool = false
    ) async throws -> (status: Int32, report: [String: Any], dataDirectory: String) {
        let dataDirectory = TemporaryDirectory.make()
        let server = try await ServerProcess.start(dataDirectory: dataDirectory, arguments: ["--throttle", "off"])
        defer { server.stop() }
        let output = (dataDirectory as NSString).appendingPathComponent("bench.json")
        let process = try ChildProcess(
            executable: Self.bench.path,
            arguments: ["--endpoint", server.baseURL, "--data-dir", dataDirectory, "--json"] + arguments
                + (withServerPID ? ["--server-pid", String(server.processIdentifier)] : []),
            standardOutput: .file(output, append: false))
        let status = await process.waitForExit()
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
        return (status, report, dataDirectory)
    }

    @Test func shortBenchmarkRunVerifiesItsFlows() async throws {
        let (status, report, dataDirectory) = try await runBenchmark(
            ["--connections", "4", "--duration", "1", "--warmup", "0.2", "--checkout-carts", "5", "--disk-commits", "20"],
            withServerPID: true)

        #expect(status == 0)
        #expect(report["verified"] as? Bool == true)
        let scenarios = try #require(report["scenarios"] as? [[String: Any]])
        #expect(scenarios.compactMap { $0["scenario"] as? String }
                == ["healthz", "get-cart", "list-orders", "create-cart", "flow", "checkout"])
        let flow = try #require(scenarios.first { $0["scenario"] as? String == "flow" })
        #expect((flow["requests"] as? Int ?? 0) > 0)
        #expect((flow["flowsPerSecond"] as? Double ?? 0) > 0)
        #expect((flow["errorsByStatus"] as? [String: Int])?.isEmpty == true)
        #expect(scenarios.dropFirst().allSatisfy { $0["ratioToHealthz"] as? Double != nil })
        // With the server's process id, every scenario reports the server's CPU time per request (a scenario
        // this short may fall between two clock ticks and report 0).
        #expect(scenarios.allSatisfy { ($0["serverCPUMillisecondsPerRequest"] as? Double ?? -1) >= 0 })
        #if os(Linux)
        // On Linux that time is also split by the server's threads, the commit line among them.
        for scenario in scenarios {
            let byThread = try #require(scenario["serverCPUMillisecondsPerRequestByThread"] as? [String: Double],
                                        "\(scenario["scenario"] ?? "")")
            #expect(byThread.keys.contains("group-commit"), "\(byThread)")
            #expect(byThread.values.allSatisfy { $0 >= 0 }, "\(byThread)")
        }
        #endif
        // On Linux each scenario says how the machine's cores spent its window, in shares that add up to the
        // whole. healthz kept the cores busy for its whole second. checkout's window ends when its few carts run
        // out, which may be within one clock tick: then no time passed and it has no shares.
        #if os(Linux)
        for scenario in scenarios {
            let name = scenario["scenario"] as? String ?? ""
            if name == "checkout" && scenario["machineCPU"] == nil { continue }
            let shares = try #require(scenario["machineCPU"] as? [String: Double], "\(name)")
            let parts = ["busyPercent", "idlePercent", "ioWaitPercent", "stolenPercent"].compactMap { shares[$0] }
            #expect(parts.count == 4 && parts.allSatisfy { (0...100).contains($0) }, "\(shares)")
            #expect(abs(parts.reduce(0, +) - 100) < 0.001, "\(shares)")
        }
        let healthzShares = try #require(scenarios.first?["machineCPU"] as? [String: Double])
        #expect((healthzShares["busyPercent"] ?? 0) > 0, "\(healthzShares)")
        #endif
        #expect(report["rate"] == nil)
        // The disk's commit rate is measured in the server's data directory, and its scratch database removed.
        #expect((report["diskCommitsPerSecond"] as? Double ?? 0) > 0)
        let left = try FileManager.default.contentsOfDirectory(atPath: dataDirectory)
        #expect(!left.contains { $0.hasPrefix("commit-rate-") }, "\(left)")
    }

    /// With `--rate`, iterations start on a schedule: the measured window can hold no more than the rate times
    /// its length, whatever the server's speed, and the flows are still verified.
    @Test func openLoopRunKeepsToItsSchedule() async throws {
        let (status, report, _) = try await runBenchmark(
            ["--connections", "3", "--duration", "1", "--warmup", "0.2", "--scenarios", "flow", "--rate", "20", "--disk-commits", "0"])

        #expect(status == 0)
        #expect(report["verified"] as? Bool == true)
        #expect(report["rate"] as? Double == 20)
        #expect(report["diskCommitsPerSecond"] == nil)
        let scenarios = try #require(report["scenarios"] as? [[String: Any]])
        #expect(scenarios.compactMap { $0["scenario"] as? String } == ["healthz", "flow"])
        let flow = try #require(scenarios.last)
        // 20 flows a second for one second is 20 flows of two requests each, at most.
        let requests = try #require(flow["requests"] as? Int)
        #expect(requests > 0 && requests <= 40)
        #expect(requests % 2 == 0)
        #expect((flow["errorsByStatus"] as? [String: Int])?.isEmpty == true)
    }

    /// `healthz` alone needs nothing of the partner API: measured against `hummingbird-floor`, the stack's bare
    /// floor, it answers every request, mints no token and creates no customer.
    @Test func healthzAloneMeasuresTheBareHummingbirdFloor() async throws {
        let dataDirectory = TemporaryDirectory.make()
        let floorLog = (dataDirectory as NSString).appendingPathComponent("floor.log")
        let floor = try ChildProcess(
            executable: Self.bench.deletingLastPathComponent().appendingPathComponent("hummingbird-floor").path,
            arguments: ["--port", "0"], standardOutput: .file(floorLog, append: false), standardError: .standardOutput)
        defer {
            floor.terminate()
            _ = floor.waitUntilExit(timeout: 15)
        }
        let endpoint = try await Self.listeningAddress(in: floorLog, of: floor)
        let output = (dataDirectory as NSString).appendingPathComponent("bench.json")
        let keyDirectory = TemporaryDirectory.make()
        let process = try ChildProcess(
            executable: Self.bench.path,
            arguments: ["--endpoint", endpoint, "--data-dir", keyDirectory, "--json", "--scenarios", "healthz",
                        "--connections", "4", "--duration", "1", "--warmup", "0.2", "--disk-commits", "0"],
            standardOutput: .file(output, append: false))
        let status = await process.waitForExit()
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])

        #expect(status == 0)
        #expect(report["verified"] as? Bool == true)
        let scenarios = try #require(report["scenarios"] as? [[String: Any]])
        #expect(scenarios.compactMap { $0["scenario"] as? String } == ["healthz"])
        #expect((scenarios.first?["requests"] as? Int ?? 0) > 0)
        #expect((scenarios.first?["errorsByStatus"] as? [String: Int])?.isEmpty == true)
        // No token was minted, so no signing key was made in --data-dir.
        #expect(try FileManager.default.contentsOfDirectory(atPath: keyDirectory).isEmpty)
    }

    /// A port outside 0...65535 is refused by name instead of wrapping round to another port.
    @Test(arguments: ["65536", "99999", "-1"])
    func floorRefusesAPortOutOfRange(port: String) async throws {
        let dataDirectory = TemporaryDirectory.make()
        let output = (dataDirectory as NSString).appendingPathComponent("floor.err")
        let floor = try ChildProcess(
            executable: Self.bench.deletingLastPathComponent().appendingPathComponent("hummingbird-floor").path,
            arguments: ["--port=\(port)"], standardError: .file(output, append: false))
        let status = await floor.waitForExit(killingAfter: 30)
        #expect(status != nil && status != 0)
        let message = try String(contentsOfFile: output, encoding: .utf8)
        #expect(message.contains("--port must be 0...65535"), "\(port): \(message)")
    }

    /// The `http://host:port` a Hummingbird process logs once it listens.
    private static func listeningAddress(in log: String, of process: ChildProcess) async throws -> String {
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"listening on [0-9.]+:[0-9]+"#, options: .regularExpression) {
                return "http://" + text[range].dropFirst("listening on ".count)
            }
            guard process.exitStatus == nil else { throw ServerProcessError.exited(text) }
            try await Task.sleep(for: .milliseconds(50))
        }
        throw ServerProcessError.didNotListen(log)
    }

    /// A rate must be a positive number, and the disk's commit count a count of at most a million: anything else
    /// is refused before the run, naming the option.
    @Test(arguments: [("--rate", "0"), ("--rate", "-5"), ("--rate", "inf"), ("--rate", "fast"),
                      ("--disk-commits", "-1"), ("--disk-commits", "1000001"), ("--disk-commits", "many")])
    func badOptionValueIsRefusedByName(option: String, value: String) async throws {
        let dataDirectory = TemporaryDirectory.make()
        let output = (dataDirectory as NSString).appendingPathComponent("bench.err")
        let process = try ChildProcess(executable: Self.bench.path, arguments: [option, value, "--endpoint", "http://127.0.0.1:9"],
                                       standardError: .file(output, append: false))
        let status = await process.waitForExit()
        #expect(status != 0)
        let message = try String(contentsOfFile: output, encoding: .utf8)
        #expect(message.contains(option), "\(option) \(value): \(message)")
    }
}

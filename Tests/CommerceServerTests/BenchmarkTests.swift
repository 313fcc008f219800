import Foundation
import TestSupport
import Testing

/// Keeps `partner-commerce-bench` working: a short run against a real server process must finish, verify its
/// own results and report every scenario. No timing is asserted.
@Suite struct BenchmarkTests {
    @Test func shortBenchmarkRunVerifiesItsFlows() async throws {
        let dataDirectory = TemporaryDirectory.make()
        let server = try await ServerProcess.start(dataDirectory: dataDirectory, arguments: ["--throttle", "off"])
        defer { server.stop() }
        let bench = ServerProcess.executable.deletingLastPathComponent().appendingPathComponent("partner-commerce-bench")
        let output = (dataDirectory as NSString).appendingPathComponent("bench.json")
        let process = try ChildProcess(
            executable: bench.path,
            arguments: ["--endpoint", server.baseURL, "--data-dir", dataDirectory, "--connections", "4",
                        "--duration", "1", "--warmup", "0.2", "--checkout-carts", "5", "--json",
                        "--server-pid", String(server.processIdentifier)],
            standardOutput: .file(output, append: false))
        let status = await process.waitForExit()

        #expect(status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output))) as? [String: Any])
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
    }
}

import Foundation
import TestSupport
import Testing

@Suite("Graceful shutdown and request logs (the built binary)")
struct GracefulShutdownTests {
    @Test("SIGTERM lets a request in flight finish, then the process exits 0; each request is one JSON log line")
    func sigtermDrainsRequests() async throws {
        let server = try await ServerProcess.start(dataDirectory: TemporaryDirectory.make())
        let admin = try await server.client(partner: OperatorFixtures.tenant, isOperator: true)
        let partner = try await server.client(partner: PartnerFixtures.partnerA)
        let customer = try await partner.createCustomer()
        // The delay is long so that the polling below sees the request in flight even on a loaded machine, where
        // one metrics request can take more than a second.
        let delay = 5_000
        let rule = try await admin.addFault(["path": "/v1/customers/*", "latencyMilliseconds": delay, "times": 1])
        let correlation = UUID().uuidString.lowercased()

        let slow = Task {
            try await partner.send(.GET, "/v1/customers/\(customer)", headers: [("MS-CorrelationId", correlation)])
        }
        // The metrics request counts itself, so 2 in flight means the slow request is being served.
        let deadline = Date().addingTimeInterval(20)
        while try await partner.metrics().value("partner_commerce_requests_in_flight") < 2 {
            guard Date() < deadline else {
                server.kill()
                throw TestResponseError.unexpected(0, "the slow request never arrived")
            }
            try await Task.sleep(for: .milliseconds(20))
        }
        server.terminate()
        let answer = try await slow.value
        let status = await server.exitStatus(within: 60)

        #expect(answer.status == 200)
        #expect(try answer.object()["id"] as? String == customer)
        #expect(answer.header("MS-Fault-Injected") == rule)
        #expect(status == 0)
        let log = try String(contentsOfFile: server.logPath, encoding: .utf8)
        let records = log.split(separator: "\n").compactMap { line in
            try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String]
        }
        let requests = records.filter { $0["message"] == "request" }
        #expect(requests.count >= 4)
        let logged = try #require(requests.first { $0["correlationId"] == correlation })
        #expect(logged["status"] == "200")
        #expect(logged["route"] == "/v1/customers/:customerId")
        #expect(logged["partner"] == PartnerFixtures.partnerA)
        #expect(logged["faultRule"] == rule)
        #expect(logged["requestId"]?.isEmpty == false)
        #expect(Double(logged["latencyMs"] ?? "") ?? 0 >= Double(delay))
        #expect(logged["level"] == "info")
        #expect(logged["time"]?.hasSuffix("Z") == true)
    }

    @Test("A stop that outlasts --stop-timeout ends the process with status 1 and says why")
    func aStopThatOutlastsItsTimeoutExits() async throws {
        let server = try await ServerProcess.start(dataDirectory: TemporaryDirectory.make(), arguments: ["--stop-timeout", "2"])
        let admin = try await server.client(partner: OperatorFixtures.tenant, isOperator: true)
        let partner = try await server.client(partner: PartnerFixtures.partnerA)
        let customer = try await partner.createCustomer()
        _ = try await admin.addFault(["path": "/v1/customers/*", "latencyMilliseconds": 60_000, "times": 1])
        let slow = Task { try? await partner.send(.GET, "/v1/customers/\(customer)") }
        let deadline = Date().addingTimeInterval(20)
        while try await partner.metrics().value("partner_commerce_requests_in_flight") < 2, Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        let signalled = Date()
        server.terminate()
        let status = await server.exitStatus(within: 50)
        slow.cancel()

        // The graceful stop waits for the 60 s request; the deadline ends it first.
        #expect(status == 1)
        #expect(Date().timeIntervalSince(signalled) < 50)
        let log = try String(contentsOfFile: server.logPath, encoding: .utf8)
        #expect(log.contains("the stop did not finish within 2 s"), "\(log)")
    }

    @Test(arguments: ["0", "3601", "soon"])
    func aBadStopTimeoutIsRefusedByName(value: String) async throws {
        let directory = TemporaryDirectory.make()
        let errors = (directory as NSString).appendingPathComponent("serve.err")
        let server = try ChildProcess(
            executable: ServerProcess.executable.path,
            arguments: ["serve", "--port", "0", "--data-dir", directory, "--no-seed-demo", "--stop-timeout", value],
            standardError: .file(errors, append: false))
        let status = await server.waitForExit(killingAfter: 30)

        #expect(status != nil && status != 0)
        #expect(try String(contentsOfFile: errors, encoding: .utf8).contains("--stop-timeout"))
    }

    @Test("With --exit-when-stdin-closes, the server stops gracefully (exit 0) once its standard input ends")
    func serverStopsWhenItsInputEnds() async throws {
        let (server, log) = try startServer(extraArguments: ["--exit-when-stdin-closes"])
        let status = await server.waitForExit(killingAfter: 60)

        #expect(status == 0)
        let text = try String(contentsOfFile: log, encoding: .utf8)
        #expect(text.contains("listening on http://"), "\(text)")
        #expect(text.contains("standard input ended; stopping"), "\(text)")
    }

    @Test("Without --exit-when-stdin-closes, the server keeps running after its standard input ends")
    func serverIgnoresTheEndOfItsInputByDefault() async throws {
        let (server, log) = try startServer(extraArguments: [])
        let deadline = Date().addingTimeInterval(30)
        while !((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").contains("listening on http://") {
            guard Date() < deadline, server.exitStatus == nil else { break }
            try await Task.sleep(for: .milliseconds(50))
        }
        try await Task.sleep(for: .seconds(1))

        #expect(server.exitStatus == nil)
        server.terminate()
        #expect(await server.waitForExit() == 0)
        #expect(!(try String(contentsOfFile: log, encoding: .utf8)).contains("standard input ended"))
    }

    /// Starts `serve` on a free port with a standard input that ends after one line; answers the process and its log.
    private func startServer(extraArguments: [String]) throws -> (ChildProcess, String) {
        let directory = TemporaryDirectory.make()
        let log = (directory as NSString).appendingPathComponent("server.log")
        let server = try ChildProcess(
            executable: ServerProcess.executable.path,
            arguments: ["serve", "--port", "0", "--data-dir", directory, "--no-seed-demo"] + extraArguments,
            standardInput: .data(Data("ignored\n".utf8)), standardOutput: .file(log, append: false),
            standardError: .standardOutput)
        return (server, log)
    }
}

import Foundation
import TestSupport

/// `partner-commerce serve` running as a separate process on a free port, with its own data directory, and a
/// token for one partner minted with `partner-commerce token`.
final class ServerProcess: Sendable {
    let endpoint: String
    let dataDirectory: String
    let token: String
    private let process: ChildProcess

    private init(endpoint: String, dataDirectory: String, token: String, process: ChildProcess) {
        self.endpoint = endpoint
        self.dataDirectory = dataDirectory
        self.token = token
        self.process = process
    }

    /// Starts the server and waits until it listens; pending orders complete `provisioningDelay` seconds after
    /// checkout. `arguments` are added to `serve`'s. The server exits when the pipe this process holds open to its
    /// standard input closes, so a test process that dies does not leave it running.
    static func start(partner: String = "11111111-1111-4111-8111-111111111111", provisioningDelay: Int = 1,
                      arguments: [String] = []) async throws -> ServerProcess
    {
        let dataDirectory = TemporaryDirectory.make()
        let logPath = (dataDirectory as NSString).appendingPathComponent("server.log")
        let process = try ChildProcess(
            executable: CommandLineTool.executable.path,
            arguments: ["serve", "--port", "0", "--data-dir", dataDirectory, "--no-seed-demo",
                        "--provisioning-delay", String(provisioningDelay), "--exit-when-stdin-closes"] + arguments,
            standardInput: .heldOpen, standardOutput: .file(logPath, append: false), standardError: .standardOutput)
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: logPath, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"listening on (http://[0-9.]+:[0-9]+)"#, options: .regularExpression) {
                let endpoint = String(text[range]).replacingOccurrences(of: "listening on ", with: "")
                let minted = try await CommandLineTool.run(["token", "--partner", partner, "--data-dir", dataDirectory])
                guard minted.exitCode == 0 else {
                    process.terminate()
                    throw ServerProcessError.noToken(minted.standardError)
                }
                return ServerProcess(endpoint: endpoint, dataDirectory: dataDirectory, token: minted.output, process: process)
            }
            guard process.exitStatus == nil else { throw ServerProcessError.exited(text) }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.terminate()
        throw ServerProcessError.didNotListen(logPath)
    }

    /// The environment that points the client commands at this server as this partner.
    var environment: [String: String] {
        ["PARTNER_COMMERCE_ENDPOINT": endpoint, "PARTNER_COMMERCE_TOKEN": token]
    }

    /// An operator's view of this server, with a token minted once by `partner-commerce token --operator`.
    func operatorSession() async throws -> OperatorSession {
        let minted = try await CommandLineTool.run(["token", "--operator", "--data-dir", dataDirectory])
        guard minted.exitCode == 0 else { throw ServerProcessError.noToken(minted.standardError) }
        return OperatorSession(environment: ["PARTNER_COMMERCE_ENDPOINT": endpoint, "PARTNER_COMMERCE_TOKEN": minted.output])
    }

    /// Runs `partner-commerce <arguments>` against this server.
    func run(_ arguments: String..., input: Data? = nil) async throws -> CommandLineTool.Result {
        try await CommandLineTool.run(arguments, environment: environment, input: input)
    }

    /// Asks the server to stop (SIGTERM) and waits.
    func stop() {
        process.terminate()
        process.waitUntilExit()
    }
}

/// Runs the command line against a server as its operator.
struct OperatorSession: Sendable {
    let environment: [String: String]

    /// Runs `partner-commerce <arguments>` with the operator token.
    func run(_ arguments: String...) async throws -> CommandLineTool.Result {
        try await CommandLineTool.run(arguments, environment: environment)
    }
}

enum ServerProcessError: Error {
    case exited(String)
    case didNotListen(String)
    case noToken(String)
}

/// Runs `body` with a fresh server process, stopping it afterwards whether `body` throws or not.
func withServerProcess<T>(provisioningDelay: Int = 1, arguments: [String] = [],
                          _ body: (ServerProcess) async throws -> T) async throws -> T {
    let server = try await ServerProcess.start(provisioningDelay: provisioningDelay, arguments: arguments)
    do {
        let result = try await body(server)
        server.stop()
        return result
    } catch {
        server.stop()
        throw error
    }
}

import CommerceServer
import Foundation
import TestSupport

/// The built `partner-commerce` executable running as a separate process, as a user runs it, so that a test
/// can kill it (SIGKILL) and start it again on the same data directory.
final class ServerProcess: Sendable {
    let baseURL: String
    let dataDirectory: String
    /// The file the process writes its standard output and standard error to.
    let logPath: String
    private let process: ChildProcess
    /// The server's process id.
    var processIdentifier: pid_t { process.processIdentifier }

    private init(baseURL: String, dataDirectory: String, logPath: String, process: ChildProcess) {
        self.baseURL = baseURL
        self.dataDirectory = dataDirectory
        self.logPath = logPath
        self.process = process
    }

    /// The executable built beside the test bundle (or named by `PARTNER_COMMERCE_BINARY`).
    static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["PARTNER_COMMERCE_BINARY"] { return URL(fileURLWithPath: path) }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        var directory = bundle.deletingLastPathComponent()
        while !directory.path.isEmpty, directory.path != "/" {
            let candidate = directory.appendingPathComponent("partner-commerce")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return bundle.deletingLastPathComponent().appendingPathComponent("partner-commerce")
    }

    /// Starts `partner-commerce serve` on a free port and waits until it listens; with `databaseURL`, on that
    /// PostgreSQL database instead of SQLite in the data directory. Its standard input is a pipe this process holds
    /// open, and it exits when that closes, so a test process that dies does not leave its servers running.
    static func start(dataDirectory: String, databaseURL: String? = nil, arguments: [String] = []) async throws -> ServerProcess {
        let output = (dataDirectory as NSString).appendingPathComponent("server-\(UUID().uuidString).log")
        let process = try ChildProcess(
            executable: executable.path,
            arguments: ["serve", "--port", "0", "--data-dir", dataDirectory, "--no-seed-demo", "--exit-when-stdin-closes"]
                + (databaseURL.map { ["--database-url", $0] } ?? []) + arguments,
            standardInput: .heldOpen, standardOutput: .file(output, append: false), standardError: .standardOutput)
        let deadline = Date().addingTimeInterval(30)
        while Date() < deadline {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"listening on (http://[0-9.]+:[0-9]+)"#, options: .regularExpression) {
                let url = String(text[range]).replacingOccurrences(of: "listening on ", with: "")
                return ServerProcess(baseURL: url, dataDirectory: dataDirectory, logPath: output, process: process)
            }
            guard process.exitStatus == nil else { throw ServerProcessError.exited(text) }
            try await Task.sleep(for: .milliseconds(50))
        }
        process.terminate()
        throw ServerProcessError.didNotListen(output)
    }

    /// Whether the process is still running.
    var isRunning: Bool { process.exitStatus == nil }

    /// Kills the process at once, as a crash or power cut would, and waits for it to be gone.
    func kill() {
        process.kill()
        process.waitUntilExit()
    }

    /// Asks the process to stop (SIGTERM) and waits; kills it when it has not stopped after 15 seconds.
    func stop() {
        process.terminate()
        if process.waitUntilExit(timeout: 15) == nil { kill() }
    }

    /// Sends SIGTERM and returns at once; ``exitStatus(within:)`` waits for the process to end.
    func terminate() {
        process.terminate()
    }

    /// Waits up to `seconds` for the process to end and answers its exit status (128 plus the signal's number when
    /// a signal ended it); `nil` when it was still running, and then it is killed, so that a stop that hangs fails
    /// its test instead of holding the whole run.
    func exitStatus(within seconds: Double) async -> Int32? {
        await process.waitForExit(killingAfter: seconds)
    }

    /// A client for a partner (or, with `isOperator`, an operator), with a token signed by the data directory's key.
    func client(partner: String, isOperator: Bool = false) async throws -> PartnerHTTPClient {
        let tokens = await DevTokenService(key: try DevSigningKey.loadOrCreate(dataDirectory: dataDirectory))
        return PartnerHTTPClient(baseURL: baseURL, token: try await tokens.mint(partnerTenant: partner, user: nil, isOperator: isOperator))
    }
}

enum ServerProcessError: Error {
    case exited(String)
    case didNotListen(String)
}

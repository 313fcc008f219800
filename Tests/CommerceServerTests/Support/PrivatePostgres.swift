import Foundation
import TestSupport

/// A PostgreSQL cluster of one test's own, run through `scripts/start-test-postgres.sh` on another port and
/// directory than the shared test server, so that the test may restart it without disturbing the others.
struct PrivatePostgres: Sendable {
    let directory: String
    let port: Int

    /// The database URL of the cluster, with `schema`.
    func url(schema: String) -> String {
        "postgres://postgres@127.0.0.1:\(port)/postgres?schema=\(schema)&pool_size=8"
    }

    /// The cluster listening on `port`, kept in a directory of the system's temporary directory.
    init(port: Int) {
        self.port = port
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("partner-commerce-test-postgres-\(port)").path
    }

    /// Creates the cluster the first time, and starts it unless it runs.
    func start() async throws { try await run("start") }

    /// Restarts the server: every connection is closed, and it accepts new ones once it is up again.
    func restart() async throws { try await run("restart") }

    /// Stops the server.
    func stop() async throws { try await run("stop") }

    /// The helper script, found from this file's place in the repository.
    static var script: String {
        var directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while directory.path != "/" {
            let candidate = directory.appendingPathComponent("scripts/start-test-postgres.sh")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate.path }
            directory = directory.deletingLastPathComponent()
        }
        return "scripts/start-test-postgres.sh"
    }

    private func run(_ action: String) async throws {
        // The server started by the script inherits the script's output: a pipe would never reach its end, so
        // the output goes to a file, and the exit is awaited without blocking a thread of the task pool.
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let outputPath = (directory as NSString).appendingPathComponent("script-\(action).log")
        var environment = ProcessInfo.processInfo.environment
        environment["PARTNER_COMMERCE_TEST_POSTGRES_DIR"] = directory
        environment["PARTNER_COMMERCE_TEST_POSTGRES_PORT"] = String(port)
        let process = try ChildProcess(
            executable: "/bin/bash", arguments: [Self.script, action], environment: environment,
            standardInput: .nullDevice, standardOutput: .file(outputPath, append: false),
            standardError: .standardOutput)
        let status = await process.waitForExit()
        guard status == 0 else {
            let text = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
            throw PrivatePostgresError.scriptFailed(action: action, status: status, output: text)
        }
    }
}

enum PrivatePostgresError: Error {
    case scriptFailed(action: String, status: Int32, output: String)
}

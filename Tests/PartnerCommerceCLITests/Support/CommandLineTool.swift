import Foundation
import TestSupport

/// The built `partner-commerce` executable, run as a user runs it: arguments in; exit code, standard output and
/// standard error out.
enum CommandLineTool {
    /// What a run printed and how it ended.
    struct Result: Sendable {
        let exitCode: Int32
        let standardOutput: String
        let standardError: String

        /// Standard output without the final newline.
        var output: String { standardOutput.trimmingCharacters(in: .newlines) }
        /// The lines of standard output.
        var lines: [String] { output.split(separator: "\n").map(String.init) }
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

    /// Runs the tool to completion. `environment` is added to this process's environment, from which every
    /// `PARTNER_COMMERCE_*` variable is removed first, so only what a test gives applies.
    static func run(_ arguments: [String], environment: [String: String] = [:], input: Data? = nil) async throws -> Result {
        let directory = TemporaryDirectory.make()
        let outputPath = (directory as NSString).appendingPathComponent("stdout")
        let errorPath = (directory as NSString).appendingPathComponent("stderr")
        let process = try ChildProcess(
            executable: executable.path, arguments: arguments,
            environment: ProcessInfo.processInfo.environment
                .filter { !$0.key.hasPrefix("PARTNER_COMMERCE_") }
                .merging(environment) { $1 },
            standardInput: input.map { .data($0) } ?? .nullDevice,
            standardOutput: .file(outputPath, append: false),
            standardError: .file(errorPath, append: false))
        let exitCode = await process.waitForExit()
        return Result(
            exitCode: exitCode,
            standardOutput: try String(contentsOfFile: outputPath, encoding: .utf8),
            standardError: try String(contentsOfFile: errorPath, encoding: .utf8))
    }
}

import Foundation
import TestSupport

/// Chromium in headless mode, run as a separate process: `--dump-dom` prints the DOM after the page has
/// loaded (and any script has run), `--screenshot` writes a PNG. Each run gets a fresh profile, so cookies
/// from one run never reach the next.
struct HeadlessChromium {
    let executable: URL

    /// The Chromium on this machine (`CHROMIUM` names one explicitly), or a failure saying how to install it.
    static func find() throws -> HeadlessChromium {
        let environment = ProcessInfo.processInfo.environment
        var candidates = environment["CHROMIUM"].map { [$0] } ?? []
        let path = environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
        for directory in path.split(separator: ":") {
            for name in ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] {
                candidates.append("\(directory)/\(name)")
            }
        }
        guard let found = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else {
            throw HeadlessChromiumError.missing
        }
        return HeadlessChromium(executable: URL(fileURLWithPath: found))
    }

    /// The DOM of `url` once loaded, serialised as HTML.
    func dumpDOM(_ url: String) async throws -> String {
        try await run(["--dump-dom", url])
    }

    /// Loads `url` and saves a screenshot of a `width` x `height` window as a PNG at `path`.
    func screenshot(_ url: String, to path: String, width: Int = 1280, height: Int = 1400) async throws {
        try? FileManager.default.removeItem(atPath: path)
        _ = try await run(["--screenshot=\(path)", "--window-size=\(width),\(height)", "--hide-scrollbars", url])
        guard FileManager.default.fileExists(atPath: path) else { throw HeadlessChromiumError.noScreenshot(path) }
    }

    /// Runs Chromium and waits for it without blocking a thread: the server under test may share the
    /// process's concurrency pool, and a blocked pool would keep it from answering Chromium.
    private func run(_ arguments: [String]) async throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("chromium-\(UUID().uuidString).out")
        defer { try? FileManager.default.removeItem(at: output) }
        // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
        let process = try ChildProcess(
            executable: executable.path,
            arguments: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--user-data-dir=\(profile.path)"] + arguments,
            standardOutput: .file(output.path, append: false), standardError: .nullDevice)
        let status = await process.waitForExit()
        guard status == 0 else { throw HeadlessChromiumError.failed(status) }
        return try String(contentsOf: output, encoding: .utf8)
    }
}

enum HeadlessChromiumError: Error, CustomStringConvertible {
    case missing
    case failed(Int32)
    case noScreenshot(String)

    var description: String {
        switch self {
        case .missing:
            "Chromium is missing: the dashboard browser test needs it. Install it with `apt-get install -y chromium` "
                + "(Debian/Ubuntu), or set CHROMIUM to a Chromium or Chrome executable."
        case .failed(let status): "headless Chromium exited with status \(status)"
        case .noScreenshot(let path): "headless Chromium wrote no screenshot at \(path)"
        }
    }
}

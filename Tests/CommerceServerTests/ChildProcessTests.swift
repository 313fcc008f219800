import Foundation
import Glibc
import TestSupport
import Testing

/// The child processes the tests start (servers, the command line, Chromium, PostgreSQL's script) get what they
/// are given and nothing else, and their end is reported faithfully.
@Suite struct ChildProcessTests {
    @Test func inputReachesTheChildAndOutputsGoToTheirFiles() async throws {
        let directory = TemporaryDirectory.make()
        let output = (directory as NSString).appendingPathComponent("out")
        let errors = (directory as NSString).appendingPathComponent("err")
        let child = try ChildProcess(
            executable: "/bin/sh", arguments: ["-c", "cat; echo oops >&2; echo \"$GREETING\""],
            environment: ["GREETING": "hello"], standardInput: .data(Data("from stdin\n".utf8)),
            standardOutput: .file(output, append: false), standardError: .file(errors, append: false))

        #expect(await child.waitForExit() == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "from stdin\nhello\n")
        #expect(try String(contentsOfFile: errors, encoding: .utf8) == "oops\n")
    }

    @Test func standardErrorCanShareStandardOutputsFile() async throws {
        let log = (TemporaryDirectory.make() as NSString).appendingPathComponent("log")
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: log))
        let child = try ChildProcess(
            executable: "/bin/sh", arguments: ["-c", "echo one; echo two >&2; echo three"],
            standardOutput: .file(log, append: true), standardError: .standardOutput)

        #expect(await child.waitForExit() == 0)
        #expect(try String(contentsOfFile: log, encoding: .utf8) == "old\none\ntwo\nthree\n")
    }

    /// A held-open input sends nothing and does not end while the child runs, the way a test server's input stays
    /// open for as long as the test process lives.
    @Test func aHeldOpenInputNeitherSendsNorEnds() async throws {
        let held = try ChildProcess(executable: "/usr/bin/timeout", arguments: ["1", "cat"], standardInput: .heldOpen)
        #expect(await held.waitForExit() == 124)  // cat was still reading when its second ran out
        let ended = try ChildProcess(executable: "/usr/bin/timeout", arguments: ["1", "cat"], standardInput: .nullDevice)
        #expect(await ended.waitForExit() == 0)
    }

    @Test func exitCodesAndSignalsAreReportedApart() async throws {
        let exited = try ChildProcess(executable: "/bin/sh", arguments: ["-c", "exit 3"])
        #expect(await exited.waitForExit() == 3)
        #expect(exited.exitStatus == 3)

        let sleeper = try ChildProcess(executable: "/bin/sleep", arguments: ["60"])
        #expect(sleeper.exitStatus == nil)
        #expect(sleeper.waitUntilExit(timeout: 0.1) == nil)
        sleeper.terminate()
        #expect(sleeper.waitUntilExit() == 128 + SIGTERM)
        sleeper.kill()  // after the end: does nothing

        let killed = try ChildProcess(executable: "/bin/sleep", arguments: ["60"])
        killed.kill()
        #expect(await killed.waitForExit() == 128 + SIGKILL)
    }

    @Test func theChildInheritsNoOtherDescriptor() async throws {
        // Opened without close-on-exec, as the servers' sockets and files of other libraries may be.
        let descriptor = Glibc.open("/dev/zero", O_RDONLY)
        try #require(descriptor > 2)
        defer { close(descriptor) }
        let output = (TemporaryDirectory.make() as NSString).appendingPathComponent("out")
        let child = try ChildProcess(
            executable: "/bin/sh",
            arguments: ["-c", "if [ -e /proc/$$/fd/\(descriptor) ]; then echo inherited; else echo closed; fi"],
            standardOutput: .file(output, append: false))

        #expect(await child.waitForExit() == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "closed\n")
    }

    @Test func aMissingExecutableFailsToStart() {
        #expect(throws: ChildProcess.SpawnError.self) {
            _ = try ChildProcess(executable: "/nonexistent/program", arguments: [])
        }
    }
}

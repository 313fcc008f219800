import Foundation
import Synchronization

/// Starts child processes one at a time. Foundation's `Process.run()` on Linux is not safe to call from several
/// threads at once: two launches racing can crash the test process (a bad pointer in the copy of the arguments
/// inside `run()`). The tests of every target run in one process and start servers, command-line tools,
/// PostgreSQL scripts and Chromium concurrently, so each of them launches through here.
public enum ProcessLauncher {
    private static let launching = Mutex<Void>(())

    /// Runs `process` (as `Process.run()` does), never at the same time as another launch.
    public static func run(_ process: Process) throws {
        try launching.withLock { _ in try process.run() }
    }
}

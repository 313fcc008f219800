@testable import CommerceStore
import Foundation
import GRDB
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Writes run on a thread under the batch scheduling policy, so that waking it for a write does not interrupt a
/// thread that is serving a request.
@Suite struct GroupCommitSchedulingTests {
    /// On a database file, as the server keeps it. (The writer of an in-memory store, a `DatabaseQueue`, now and
    /// then runs a write on one of Dispatch's threads while the line's thread waits for it.)
    @Test func writesRunOnABatchScheduledThread() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let writer = GroupCommitWriter(writer: try DatabasePool(path: directory.databasePath))
        let (policy, threadName) = try await writer.write { _ in (sched_getscheduler(0), Thread.current.name) }
        #expect(threadName == "group-commit")
        #if os(Linux)
        #expect(policy == BatchScheduling.policy)
        #endif
    }
}

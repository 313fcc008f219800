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
    @Test func writesRunOnABatchScheduledThread() async throws {
        let writer = GroupCommitWriter(writer: try DatabaseQueue())
        let (policy, threadName) = try await writer.write { _ in (sched_getscheduler(0), Thread.current.name) }
        #expect(threadName == "group-commit")
        #if os(Linux)
        #expect(policy == BatchScheduling.policy)
        #endif
    }
}

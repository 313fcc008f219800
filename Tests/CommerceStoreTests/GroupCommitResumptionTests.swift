@testable import CommerceStore
import Foundation
import NIOCore
import NIOPosix
import Synchronization
import Testing
import TestSupport

/// A committed batch resumes each caller on the event loop it wrote from, in the batch's order, and a caller
/// that was on no event loop on the writer's own thread.
@Suite struct GroupCommitResumptionTests {
    /// Where one write's completion ran.
    private struct Completion: Sendable, Equatable {
        let write: Int
        let loopIndex: Int?
        let failed: Bool
    }

    @Test(.hangLimit, arguments: [false, true])
    func eachCallerResumesOnItsOwnLoop(failing: Bool) async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: 2)
        let loops = [group.next(), group.next()]
        #expect(loops[0] !== loops[1])
        let completions = Mutex<[Completion]>([])
        // Writes 0...5 alternate between the two loops; write 6 came from no loop.
        let callerLoops: [Int?] = [0, 1, 0, 1, 0, 1, nil]

        await confirmation(expectedCount: callerLoops.count) { completed in
            let finished = AsyncStream<Void>.makeStream()
            let batch = callerLoops.enumerated().map { write, loopIndex in
                PendingWrite(
                    callerLoop: loopIndex.map { loops[$0] },
                    run: { _ in },
                    complete: { error in
                        let ranOn = loops.firstIndex { $0.inEventLoop }
                        let count = completions.withLock { list in
                            list.append(Completion(write: write, loopIndex: ranOn, failed: error != nil))
                            return list.count
                        }
                        completed()
                        if count == callerLoops.count { finished.continuation.finish() }
                    })
            }
            GroupCommitWriter.complete(batch, with: failing ? StoreError.corrupt("the commit failed") : nil)
            for await _ in finished.stream {}
        }
        try await group.shutdownGracefully()

        let recorded = completions.withLock { $0 }
        for write in callerLoops.indices {
            let completion = try #require(recorded.first { $0.write == write })
            #expect(completion.loopIndex == callerLoops[write], "write \(write)")
            #expect(completion.failed == failing)
        }
        // On each loop, the writes resume in the batch's order.
        for loopIndex in loops.indices {
            #expect(recorded.filter { $0.loopIndex == loopIndex }.map(\.write) == callerLoops.indices.filter { callerLoops[$0] == loopIndex })
        }
    }
}

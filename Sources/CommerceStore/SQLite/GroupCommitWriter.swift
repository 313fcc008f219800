import Foundation
import GRDB
import NIOCore
import NIOPosix
import Synchronization

/// Runs write transactions that arrive together in one SQLite transaction, so that one durable commit (one
/// fsync) acknowledges all of them.
///
/// A write whose body throws fails alone; the others still commit. Every caller resumes only after the shared
/// commit is on disk, so nothing is acknowledged before it is durable. While one batch commits, the next one
/// gathers.
///
/// Writes seldom fail once they reach the line, so a batch first runs without savepoints (``runBatch(_:on:)``),
/// and only a batch in which a write failed is rolled back and run again with a savepoint around each write.
///
/// The batches run on a thread of their own, which sleeps only when no write is waiting. Every write waits
/// for this one line, so it must not wait for anything else: a loop on Swift's concurrency pool, or on the
/// database's dispatch queue, would first have to be scheduled among the threads serving requests, and under
/// load that cost about a millisecond before every batch, an eighth of each batch's cycle. The thread is
/// scheduled as a batch thread (``BatchScheduling``), so that waking it does not interrupt a request. (The writer
/// of an in-memory store, a `DatabaseQueue`, now and then runs a batch on one of Dispatch's threads while this one
/// waits for it; a database file's `DatabasePool` did not in 600 tries.)
///
/// Between two batches the line also starts the write-ahead log over when the checkpointer asks it to
/// (``restartLogBetweenBatches()``).
final class GroupCommitWriter: Sendable {
    /// The most writes one commit carries; a longer queue is committed in several batches.
    static let maximumBatch = 256

    private let queue = PendingWrites()

    init(writer: any DatabaseWriter) {
        let queue = self.queue
        let thread = Thread {
            // A name given before the start is not passed on to the system thread on Linux.
            Thread.current.name = "group-commit"
            BatchScheduling.applyToCurrentThread()
            while let batch = queue.waitForBatch(upTo: Self.maximumBatch) {
                Self.complete(batch, with: Self.runBatch(batch, on: writer))
                if queue.takeLogRestartRequest() { Self.copyRestOfLog(writer) }
            }
        }
        thread.start()
    }

    deinit {
        queue.close()
    }

    /// Asks the line to copy what is left of the write-ahead log into the database file after its current batch,
    /// so that its next transaction starts the log over from its beginning.
    ///
    /// SQLite starts the log over only in a transaction that begins when every frame of it has been copied back,
    /// which under sustained load never happens by itself: the writer appends while the checkpointer copies. The
    /// writer's own checkpoint at ``WALCheckpointer/writerBackstopPages`` then has to copy everything since the
    /// checkpointer's last round and sync the file inside a commit, which held every waiting write for 30 to 70
    /// ms. Asked just after the checkpointer has copied the log, the line has only the last few milliseconds'
    /// pages left to copy.
    func restartLogBetweenBatches() {
        queue.requestLogRestart()
    }

    /// The writes waiting for the next batch, for tests.
    var waitingWrites: Int {
        queue.count
    }

    /// Runs `body` in the next shared transaction and returns its value once committed.
    func write<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await writeKeepingAnswer { db in (try body(db), nil) }
    }

    /// Like ``write(_:)``, for a write that may also tell where its cart keeps the answer it leads to; the
    /// request's idempotency record then names that cart instead of holding the same bytes again.
    func writeKeepingAnswer<T: Sendable>(
        _ body: @escaping @Sendable (Database) throws -> (value: T, keptBy: CartKeptAnswer?)
    ) async throws -> T {
        let outcome = WriteOutcome<T>()
        let claim = IdempotencyClaim.current
        let callerLoop = MultiThreadedEventLoopGroup.currentEventLoop
        return try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<T, any Error>) in
            queue.append(PendingWrite(
                callerLoop: callerLoop,
                run: { db in
                    do {
                        let (value, keptBy) = try body(db)
                        if let claim {
                            try Self.recordClaim(claim, answer: try claim.answer(forWriteReturning: value), keptBy: keptBy, in: db)
                        }
                        outcome.store(.success(value))
                    } catch {
                        outcome.store(.failure(error))
                        throw error
                    }
                },
                complete: { commitError in
                    if let commitError {
                        continuation.resume(throwing: commitError)
                    } else {
                        continuation.resume(with: outcome.take())
                    }
                }))
        }
    }
}

extension GroupCommitWriter {
    /// Notes the request id of the request this write serves, and its answer when known, as part of the write
    /// itself. An answer that a cart keeps byte for byte is recorded as the cart's id.
    static func recordClaim(
        _ claim: IdempotencyClaim, answer: IdempotentAnswer?, keptBy: CartKeptAnswer?, in db: Database
    ) throws {
        let cartKeepingBody = answer.flatMap { answer in keptBy.flatMap { $0.holds(answer) ? $0.cartId : nil } }
        try db.executeKept(
            sql: """
                INSERT INTO idempotency_records (partner_id, request_id, digest, status, body, body_from_cart, etag, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (partner_id, request_id) DO UPDATE SET status = COALESCE(excluded.status, status),
                    body = CASE WHEN excluded.status IS NULL THEN body ELSE excluded.body END,
                    body_from_cart = CASE WHEN excluded.status IS NULL THEN body_from_cart ELSE excluded.body_from_cart END,
                    etag = COALESCE(excluded.etag, etag)
                """,
            arguments: [claim.partnerId, claim.requestId, claim.digest, answer?.status,
                        cartKeepingBody == nil ? answer.map { StoredBody.packed($0.body) } : nil, cartKeepingBody, answer?.etag,
                        claim.receivedAt.timeIntervalSince1970])
    }
}

extension GroupCommitWriter {
    /// Runs a batch's writes in one transaction and commits it; returns the commit's error, if any. Each write's
    /// own outcome is left in the write.
    ///
    /// A savepoint around every write costs the line two statements per write, and a copy of every page the write
    /// changes that existed before it (SQLite's sub-journal, which rolling back to the savepoint would need): on
    /// `flow`, most writes change the same last pages of the same tables and indexes, so each write copied them
    /// again. So the batch first runs without savepoints. If a write fails, the whole transaction is rolled back
    /// and the batch runs again, each write in its own savepoint, from the same state: every write then gets the
    /// outcome it would have had, and only the failed ones are left out of the commit. A batch of one write needs
    /// no second run: rolling back the transaction was rolling back that write.
    static func runBatch(_ batch: [PendingWrite], on writer: any DatabaseWriter) -> (any Error)? {
        do {
            try writer.write { db in
                for pending in batch {
                    do { try pending.run(db) } catch { throw WriteFailedInBatch() }
                }
            }
            return nil
        } catch is WriteFailedInBatch where batch.count == 1 {
            return nil
        } catch is WriteFailedInBatch {
            do {
                try writer.write { db in
                    for pending in batch { try? db.inSavepoint { try pending.run(db); return .commit } }
                }
                return nil
            } catch {
                return error
            }
        } catch {
            return error
        }
    }

    /// Copies the log's last frames into the database file, outside any transaction. A copy that cannot finish (a
    /// reader still needs an older snapshot, or the checkpointer is copying at the same moment) leaves the log to
    /// grow a little longer; the checkpointer asks again after its next round.
    private static func copyRestOfLog(_ writer: any DatabaseWriter) {
        _ = try? writer.writeWithoutTransaction { db in try db.checkpoint(.passive) }
    }

    /// Resumes the callers of a committed (or failed) batch, each on the event loop it wrote from, with one hand-over
    /// per loop.
    ///
    /// The server runs its tasks on SwiftNIO's event loops. A task resumed from this thread would be handed to a
    /// loop in turn, often not the one that serves its connection, and its answer would then cross back to that
    /// loop; and every resumption would be a hand-over between threads of its own. Resumed on its own loop, a task
    /// stays where its connection is, and a batch costs one hand-over per loop. A caller that was not on an event
    /// loop is resumed here.
    static func complete(_ batch: [PendingWrite], with error: (any Error)?) {
        var byLoop: [ObjectIdentifier: (loop: any EventLoop, writes: [PendingWrite])] = [:]
        for pending in batch {
            guard let loop = pending.callerLoop else {
                pending.complete(error)
                continue
            }
            byLoop[ObjectIdentifier(loop), default: (loop, [])].writes.append(pending)
        }
        for (loop, writes) in byLoop.values {
            loop.execute { for pending in writes { pending.complete(error) } }
        }
    }
}

/// One caller's write waiting for the next batch.
struct PendingWrite: Sendable {
    /// The event loop the caller wrote from, to be resumed on; `nil` when it was not on one.
    let callerLoop: (any EventLoop)?
    /// Runs the caller's body and records the outcome; rethrows the body's error, after recording it.
    let run: @Sendable (Database) throws -> Void
    /// Resumes the caller: with the commit's error, or with the recorded outcome.
    let complete: @Sendable ((any Error)?) -> Void
}

/// The writes waiting for a batch, in arrival order. The writer's thread sleeps on the condition while there
/// are none.
private final class PendingWrites: Sendable {
    private struct State {
        var items: [PendingWrite] = []
        var closed = false
        var logRestartWanted = false
    }

    private let condition = NSCondition()
    // Only read and changed between `condition.lock()` and `condition.unlock()`.
    nonisolated(unsafe) private var state = State()

    func append(_ write: PendingWrite) {
        condition.lock()
        state.items.append(write)
        condition.signal()
        condition.unlock()
    }

    /// The writes waiting.
    var count: Int {
        condition.lock()
        defer { condition.unlock() }
        return state.items.count
    }

    /// Waits until writes are waiting and takes up to `limit` of them, in order; `nil` once closed and empty.
    func waitForBatch(upTo limit: Int) -> [PendingWrite]? {
        condition.lock()
        defer { condition.unlock() }
        while state.items.isEmpty, !state.closed { condition.wait() }
        guard !state.items.isEmpty else { return nil }
        let batch = Array(state.items.prefix(limit))
        state.items.removeFirst(batch.count)
        return batch
    }

    /// Notes that the log should start over; the writer's thread takes the request after its current batch.
    func requestLogRestart() {
        condition.lock()
        state.logRestartWanted = true
        condition.unlock()
    }

    /// Whether a log restart was asked for since the last call.
    func takeLogRestartRequest() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        let wanted = state.logRestartWanted
        state.logRestartWanted = false
        return wanted
    }

    /// Lets the writer's thread end once the writes already waiting are done.
    func close() {
        condition.lock()
        state.closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// A write of a batch run without savepoints failed: the batch is rolled back and run again.
private struct WriteFailedInBatch: Error {}

/// The result of one write, set on the writer's queue and read after the commit.
private final class WriteOutcome<T: Sendable>: Sendable {
    private let result = Mutex<Result<T, any Error>?>(nil)

    func store(_ outcome: Result<T, any Error>) {
        result.withLock { $0 = outcome }
    }

    func take() -> Result<T, any Error> {
        result.withLock { $0 } ?? .failure(StoreError.corrupt("a write finished without an outcome"))
    }
}

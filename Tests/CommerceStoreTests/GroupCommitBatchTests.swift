@testable import CommerceStore
import Dispatch
import Foundation
import GRDB
import Synchronization
import Testing
import TestSupport

/// A batch runs without savepoints; when one of its writes fails, the batch is rolled back and run again with a
/// savepoint around each write, so that the failed write fails alone and the others commit.
@Suite(.hangLimit)
struct GroupCommitBatchTests {
    @Test func aBatchWithoutFailuresRunsEachWriteOnce() async throws {
        let line = try await BlockedLine()
        defer { line.directory.remove() }
        let writes = try await line.queueing([("b", false), ("c", false)])
        try await line.release()
        for write in writes { try await write.value }

        #expect(try line.names() == ["first", "b", "c"])
        #expect(line.runs == ["first": 1, "b": 1, "c": 1])
    }

    @Test func aFailedWriteFailsAloneAndTheOthersCommit() async throws {
        let line = try await BlockedLine()
        defer { line.directory.remove() }
        let writes = try await line.queueing([("b", false), ("c", true), ("d", false)])
        try await line.release()
        try await writes[0].value
        await #expect(throws: RefusedWrite.self) { try await writes[1].value }
        try await writes[2].value

        // "c" inserted its row before it failed: the row went with its savepoint.
        #expect(try line.names() == ["first", "b", "d"])
        // The batch ran without savepoints until "c" failed, then again with a savepoint around each write.
        #expect(line.runs == ["first": 1, "b": 2, "c": 2, "d": 1])
    }

    @Test func aWriteThatFailsBecauseOfAnEarlierOneInItsBatchFailsAlone() async throws {
        let line = try await BlockedLine()
        defer { line.directory.remove() }
        let writes = try await line.queueing([("same", false), ("same", false), ("d", false)])
        try await line.release()
        try await writes[0].value
        let failure = await #expect(throws: DatabaseError.self) { try await writes[1].value }
        try await writes[2].value

        // The second "same" broke the unique name only because the first ran before it in the same batch.
        #expect(failure?.resultCode == ResultCode.SQLITE_CONSTRAINT)
        #expect(try line.names() == ["first", "same", "d"])
    }

    @Test func aLoneFailedWriteRunsOnce() async throws {
        let line = try await BlockedLine()
        defer { line.directory.remove() }
        let writes = try await line.queueing([("c", true)])
        try await line.release()
        await #expect(throws: RefusedWrite.self) { try await writes[0].value }
        try await line.inserting("after").value

        #expect(try line.names() == ["first", "after"])
        #expect(line.runs == ["first": 1, "c": 1, "after": 1])
    }
}

/// A commit line over a table of unique names, whose first write holds the line until released, so that the
/// writes made meanwhile wait and then share one batch.
private final class BlockedLine: Sendable {
    let directory: TemporaryDirectory
    private let pool: DatabasePool
    private let commits: GroupCommitWriter
    private let probe = WriteProbe()
    private let first: Task<Void, any Error>

    /// Returns once the first write holds the line.
    init() async throws {
        directory = try TemporaryDirectory()
        pool = try DatabasePool(path: directory.databasePath)
        try await pool.write { db in try db.execute(sql: "CREATE TABLE items (name TEXT NOT NULL UNIQUE)") }
        commits = GroupCommitWriter(writer: pool)
        let (probe, commits) = (probe, commits)
        first = Task {
            try await commits.write { db in
                probe.countRun(of: "first")
                probe.firstStarted.store(true, ordering: .releasing)
                probe.gate.wait()
                try db.execute(sql: "INSERT INTO items (name) VALUES ('first')")
            }
        }
        while !probe.firstStarted.load(ordering: .acquiring) {
            try await Task.sleep(for: .milliseconds(5))
        }
    }

    /// How many times each write's body ran.
    var runs: [String: Int] {
        probe.runs.withLock { $0 }
    }

    /// Starts inserting `name` through the line; with `thenFail`, the write throws after inserting it.
    func inserting(_ name: String, thenFail: Bool = false) -> Task<Void, any Error> {
        let (probe, commits) = (probe, commits)
        return Task {
            try await commits.write { db in
                probe.countRun(of: name)
                try db.execute(sql: "INSERT INTO items (name) VALUES (?)", arguments: [name])
                if thenFail { throw RefusedWrite() }
            }
        }
    }

    /// Starts writes that insert the given names, each once the one before it waits on the line, so that they
    /// wait in this order; a name marked to fail throws after inserting it.
    func queueing(_ writes: [(name: String, thenFail: Bool)]) async throws -> [Task<Void, any Error>] {
        var started: [Task<Void, any Error>] = []
        for write in writes {
            let waitingBefore = commits.waitingWrites
            started.append(inserting(write.name, thenFail: write.thenFail))
            while commits.waitingWrites == waitingBefore {
                try await Task.sleep(for: .milliseconds(2))
            }
        }
        return started
    }

    /// Lets the first write finish, and the writes waiting behind it run as one batch.
    func release() async throws {
        probe.gate.signal()
        try await first.value
    }

    /// The names stored, in the order they were inserted.
    func names() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT name FROM items ORDER BY rowid") }
    }
}

/// What the writes' bodies share with the test: the gate that holds the first, and how often each ran.
private final class WriteProbe: Sendable {
    let gate = DispatchSemaphore(value: 0)
    let firstStarted = Atomic<Bool>(false)
    let runs = Mutex<[String: Int]>([:])

    func countRun(of name: String) {
        runs.withLock { $0[name, default: 0] += 1 }
    }
}

/// The error a write throws on purpose.
private struct RefusedWrite: Error {}

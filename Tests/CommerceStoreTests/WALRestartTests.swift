@testable import CommerceStore
import Foundation
import GRDB
import Synchronization
import Testing

/// Under sustained load the write-ahead log is started over by the commit line, between two batches, when the
/// checkpointer has copied a long log: not by the writer's own checkpoint inside a commit.
@Suite("Starting the log over")
struct WALRestartTests {
    @Test func theCommitLineStartsTheLogOverWhenAsked() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let pool = try Self.poolWithoutAutomaticCheckpoints(at: directory.databasePath)
        let commits = GroupCommitWriter(writer: pool)
        for _ in 0..<40 {
            try await commits.write { db in try db.execute(sql: "INSERT INTO pages (body) VALUES (zeroblob(3000))") }
        }
        let framesBefore = try Self.committedLogFrames(at: directory.databasePath)
        #expect(framesBefore >= 40)

        commits.restartLogBetweenBatches()
        // The line copies the log after this write's batch; the next write then begins on a copied log.
        try await commits.write { db in try db.execute(sql: "INSERT INTO pages (body) VALUES (zeroblob(3000))") }
        try await commits.write { db in try db.execute(sql: "INSERT INTO pages (body) VALUES (zeroblob(3000))") }

        let framesAfter = try Self.committedLogFrames(at: directory.databasePath)
        #expect(framesAfter < 5, "the last write's frames should be at the start of a new log, not after \(framesBefore)")
        let rows = try await pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM pages") }
        #expect(rows == 42)
    }

    @Test func aRoundThatCopiesALongLogAsksForARestart() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let pool = try Self.poolWithoutAutomaticCheckpoints(at: directory.databasePath)
        for _ in 0..<40 {
            try await pool.write { db in try db.execute(sql: "INSERT INTO pages (body) VALUES (zeroblob(3000))") }
        }
        let askedAtLowThreshold = RestartRequests()
        let askedAtHighThreshold = RestartRequests()
        let low = try WALCheckpointer(path: directory.databasePath, configuration: Configuration(), restartPages: 20,
                                      restartLog: askedAtLowThreshold.ask)
        let high = try WALCheckpointer(path: directory.databasePath, configuration: Configuration(), restartPages: 10_000,
                                       restartLog: askedAtHighThreshold.ask)
        let deadline = Date().addingTimeInterval(10)
        while askedAtLowThreshold.count == 0, Date() < deadline {
            try await Task.sleep(for: .milliseconds(20))
        }
        // A few more rounds of both, to show that a log shorter than the threshold is left alone.
        try await Task.sleep(for: .milliseconds(300))
        #expect(askedAtLowThreshold.count >= 1)
        #expect(askedAtHighThreshold.count == 0)
        withExtendedLifetime((low, high)) {}
    }

    /// A database whose writer never checkpoints by itself, with a table to fill.
    private static func poolWithoutAutomaticCheckpoints(at path: String) throws -> DatabasePool {
        let pool = try DatabasePool(path: path)
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 0")
            try db.execute(sql: "CREATE TABLE pages (body BLOB)")
        }
        return pool
    }

    /// The number of committed frames in the log, read from the wal-index header (`mxFrame`, the 32-bit word at
    /// offset 16 of the `-shm` file, in the machine's byte order) without checkpointing, which would change it.
    private static func committedLogFrames(at path: String) throws -> Int {
        let header = try Data(contentsOf: URL(fileURLWithPath: path + "-shm")).prefix(20)
        guard header.count == 20 else { throw StoreError.corrupt("short wal-index header") }
        return Int(header.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 16, as: UInt32.self) })
    }
}

/// Counts a checkpointer's requests to start the log over.
private final class RestartRequests: Sendable {
    private let asked = Atomic<Int>(0)

    var count: Int { asked.load(ordering: .relaxed) }

    @Sendable func ask() {
        asked.add(1, ordering: .relaxed)
    }
}

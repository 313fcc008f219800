import Foundation
import GRDB

/// The disk's own durable commit rate: one-row SQLite transactions committed one after another in WAL mode with
/// `synchronous = FULL`, the settings the server writes with. A flow needs at least two such commits, and disks
/// differ from machine to machine and from hour to hour, so every run reports the rate beside its results.
enum DiskCommitRate {
    /// Commits `count` one-row transactions to a scratch database in a new directory under `directory`, and answers
    /// how many it committed a second. The scratch directory is removed afterwards.
    static func measure(in directory: String, commits count: Int) throws -> Double {
        let scratch = URL(fileURLWithPath: directory).appendingPathComponent("commit-rate-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let database = try DatabaseQueue(path: scratch.appendingPathComponent("commit-rate.sqlite").path)
        try database.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = FULL")
            try db.execute(sql: "CREATE TABLE row (id INTEGER PRIMARY KEY, body BLOB)")
        }
        let body = Data(repeating: UInt8(ascii: "x"), count: 512)
        let started = ContinuousClock.now
        for _ in 0..<count {
            try database.write { db in try db.execute(sql: "INSERT INTO row (body) VALUES (?)", arguments: [body]) }
        }
        let seconds = LoadRunner.seconds(ContinuousClock.now - started)
        try database.close()
        return Double(count) / max(seconds, 1e-6)
    }
}

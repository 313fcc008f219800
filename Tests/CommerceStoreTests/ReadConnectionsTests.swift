@testable import CommerceStore
import Foundation
import GRDB
import Testing

/// Reads on the store's own read-only connections: they see what was committed before them, a transaction reads
/// one snapshot, a failed read leaves its connection clean, and only a few idle connections are kept.
@Suite("Read connections")
struct ReadConnectionsTests {
    @Test func aReadSeesWhatWasCommittedBeforeIt() throws {
        let database = try ItemsDatabase()
        defer { database.directory.remove() }
        let (pool, readers) = (database.pool, database.readers)

        try pool.write { db in try db.execute(sql: "INSERT INTO items (name) VALUES ('first')") }
        #expect(try readers.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM items") } == 1)
        try pool.write { db in try db.execute(sql: "INSERT INTO items (name) VALUES ('second')") }
        #expect(try readers.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM items") } == 2)
        #expect(try readers.readInTransaction { db in try String.fetchAll(db, sql: "SELECT name FROM items ORDER BY rowid") }
                == ["first", "second"])
        // All three reads ran on one connection, given back after each.
        #expect(readers.idleCount == 1)
    }

    @Test func aTransactionReadsOneSnapshot() throws {
        let database = try ItemsDatabase()
        defer { database.directory.remove() }
        let (pool, readers) = (database.pool, database.readers)
        try pool.write { db in try db.execute(sql: "INSERT INTO items (name) VALUES ('before')") }

        let (first, second) = try readers.readInTransaction { db in
            let first = try Int.fetchOne(db, sql: "SELECT count(*) FROM items")
            try pool.write { db in try db.execute(sql: "INSERT INTO items (name) VALUES ('during')") }
            let second = try Int.fetchOne(db, sql: "SELECT count(*) FROM items")
            return (first, second)
        }
        #expect(first == 1)
        #expect(second == 1, "the second statement of the transaction saw a write committed after the first")

        let outside = try readers.read { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM items")
            try pool.write { db in try db.execute(sql: "INSERT INTO items (name) VALUES ('after')") }
            return (count, try Int.fetchOne(db, sql: "SELECT count(*) FROM items"))
        }
        #expect(outside.0 == 2)
        #expect(outside.1 == 3, "a read outside a transaction sees each commit")
    }

    @Test func aFailedTransactionLeavesItsConnectionWithoutATransaction() throws {
        let database = try ItemsDatabase()
        defer { database.directory.remove() }
        let (pool, readers) = (database.pool, database.readers)

        #expect(throws: ReadRefused.self) {
            try readers.readInTransaction { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM items")
                throw ReadRefused()
            }
        }
        #expect(throws: DatabaseError.self) {
            try readers.readInTransaction { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM no_such_table") }
        }
        #expect(readers.idleCount == 1)
        #expect(try readers.read { db in db.isInsideTransaction } == false)
        try pool.write { db in try db.execute(sql: "INSERT INTO items (name) VALUES ('later')") }
        #expect(try readers.readInTransaction { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM items") } == 1)
    }

    @Test func connectionsOnlyRead() throws {
        let database = try ItemsDatabase()
        defer { database.directory.remove() }
        let (pool, readers) = (database.pool, database.readers)

        let error = #expect(throws: DatabaseError.self) {
            try readers.read { db in try db.execute(sql: "INSERT INTO items (name) VALUES ('refused')") }
        }
        #expect(error?.resultCode == .SQLITE_READONLY)
        #expect(try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM items") } == 0)
    }

    @Test func onlySoManyIdleConnectionsAreKept() throws {
        let database = try ItemsDatabase()
        defer { database.directory.remove() }
        let readers = database.readers

        // Each nested read holds its connection while the next one reads, so every level opens one.
        let levels = ReadConnections.keptIdle + 3
        func nested(_ level: Int) throws -> Int {
            try readers.read { db in
                let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM items") ?? -1
                return level == 1 ? count : count + (try nested(level - 1))
            }
        }
        #expect(try nested(levels) == 0)
        #expect(readers.idleCount == ReadConnections.keptIdle)
    }

}

/// A database file with a table of names, written through GRDB's pool and read through the connections tested.
private struct ItemsDatabase {
    let directory: TemporaryDirectory
    let pool: DatabasePool
    let readers: ReadConnections

    init() throws {
        directory = try TemporaryDirectory()
        pool = try DatabasePool(path: directory.databasePath)
        try pool.write { db in try db.execute(sql: "CREATE TABLE items (name TEXT NOT NULL)") }
        readers = ReadConnections(path: directory.databasePath, configuration: Configuration())
    }
}

/// An error a read body throws on purpose.
private struct ReadRefused: Error {}

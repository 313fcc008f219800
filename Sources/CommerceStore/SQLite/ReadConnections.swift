import GRDB
import Synchronization

/// Read-only connections to the database file, each lent to one read on the calling thread and then kept for the
/// next.
///
/// GRDB's `DatabasePool` hands out its readers through a semaphore, a dispatch barrier and a lock, asks each one
/// for the schema version before every read, and compiles `BEGIN` and `COMMIT` anew for every read in a
/// transaction. For the one-statement reads that most requests make, that was more work than the read itself:
/// about a tenth of an event loop's samples on the `flow` benchmark. Here a read takes a connection from a stack
/// under one lock, and a transaction's `BEGIN` and `COMMIT` are kept statements.
///
/// The schema only changes when the store opens (migrations run before the first read), and SQLite recompiles a
/// kept statement by itself if it ever does. In WAL mode a read never waits for the writer.
final class ReadConnections: Sendable {
    /// Idle connections kept for later reads; a read that finds none opens one, and a connection given back to a
    /// full stack is closed. Reads run on the threads that serve requests, so few are ever open at once.
    static let keptIdle = 8

    private let path: String
    private let configuration: Configuration
    private let idle = Mutex<[DatabaseQueue]>([])

    /// Connections to the file at `path`, opened with `configuration` made read-only.
    init(path: String, configuration: Configuration) {
        var configuration = configuration
        configuration.readonly = true
        self.path = path
        self.configuration = configuration
    }

    /// Runs `body` on a connection, outside a transaction: one statement reads one consistent snapshot by itself.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        let connection = try take()
        defer { giveBack(connection) }
        return try connection.inDatabase(body)
    }

    /// Runs `body` in a read transaction, so that all its statements read the same snapshot.
    func readInTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        try read { db in
            try db.executeKept(sql: "BEGIN DEFERRED TRANSACTION")
            do {
                let value = try body(db)
                try db.executeKept(sql: "COMMIT TRANSACTION")
                return value
            } catch {
                // SQLite may have ended the transaction itself on the error; GRDB refuses to give back a
                // connection with a transaction left open.
                if db.isInsideTransaction { try? db.executeKept(sql: "ROLLBACK TRANSACTION") }
                throw error
            }
        }
    }

    /// The connections kept for later reads, for tests and diagnostics.
    var idleCount: Int {
        idle.withLock { $0.count }
    }

    private func take() throws -> DatabaseQueue {
        if let connection = idle.withLock({ $0.popLast() }) { return connection }
        return try DatabaseQueue(path: path, configuration: configuration)
    }

    private func giveBack(_ connection: DatabaseQueue) {
        idle.withLock { connections in
            if connections.count < Self.keptIdle { connections.append(connection) }
        }
    }
}

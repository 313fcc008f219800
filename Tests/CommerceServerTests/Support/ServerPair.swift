import Foundation
import PostgresNIO
import TestSupport

/// Two `partner-commerce serve` processes on one PostgreSQL schema, as two instances behind a load balancer:
/// they share the data directory (so one signing key) and the database, nothing else.
final class ServerPair: Sendable {
    let first: ServerProcess
    let second: ServerProcess
    let schema: String

    private init(first: ServerProcess, second: ServerProcess, schema: String) {
        self.first = first
        self.second = second
        self.schema = schema
    }

    /// Starts the pair on a fresh schema. The first instance starts alone, so the signing key is made once.
    static func start(arguments: [String] = []) async throws -> ServerPair {
        try await TestDatabase.requireReachable()
        let dataDirectory = TemporaryDirectory.make()
        let schema = TestDatabase.newSchema()
        let url = TestDatabase.url(schema: schema, poolSize: 8)
        let first = try await ServerProcess.start(dataDirectory: dataDirectory, databaseURL: url,
                                                  arguments: ["--server-id", "000001"] + arguments)
        do {
            let second = try await ServerProcess.start(dataDirectory: dataDirectory, databaseURL: url,
                                                       arguments: ["--server-id", "000002"] + arguments)
            return ServerPair(first: first, second: second, schema: schema)
        } catch {
            first.stop()
            throw error
        }
    }

    /// Both instances, to spread requests over.
    var instances: [ServerProcess] { [first, second] }

    /// Stops both instances and drops the schema.
    func stop() async {
        first.stop()
        second.stop()
        try? await TestDatabase.drop(schema: schema)
    }

    /// A count read straight from the shared database, e.g. `count("orders WHERE status = 'pending'")`.
    func count(_ tableAndCondition: String) async throws -> Int {
        try await TestDatabase.rows("SELECT COUNT(*) FROM \(schema).\(tableAndCondition)").first?.decode(Int.self) ?? -1
    }
}

/// Runs `body` against a fresh pair of instances and stops them afterwards, whether `body` throws or not.
func withServerPair<T>(arguments: [String] = [], _ body: (ServerPair) async throws -> T) async throws -> T {
    let pair = try await ServerPair.start(arguments: arguments)
    do {
        let result = try await body(pair)
        await pair.stop()
        return result
    } catch {
        await pair.stop()
        throw error
    }
}

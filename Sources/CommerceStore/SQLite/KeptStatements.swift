import GRDB

extension Database {
    /// The statement for `sql`, compiled on this connection's first use and kept for the next ones: compiling
    /// (parsing, planning, GRDB's authorizer) costs more than running most of the store's statements.
    func kept(_ sql: String) throws -> Statement {
        try cachedStatement(sql: sql)
    }

    /// Runs `sql` through its kept statement. For statements whose text does not vary; text built from a
    /// variable number of placeholders goes through `execute(sql:arguments:)` instead.
    func executeKept(sql: String, arguments: StatementArguments = StatementArguments()) throws {
        try cachedStatement(sql: sql).execute(arguments: arguments)
    }
}

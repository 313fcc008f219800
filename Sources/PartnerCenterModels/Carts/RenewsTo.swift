/// What a term renews into, e.g. a one-month trial that renews to `P1Y`.
public struct RenewsTo: Codable, Sendable, Equatable {
    /// ISO 8601 duration of the renewal term: `P1M` or `P1Y`.
    public var termDuration: String?

    /// Creates a renewal instruction.
    public init(termDuration: String?) {
        self.termDuration = termDuration
    }
}

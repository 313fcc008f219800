import Foundation

/// The server's business clock, as `/admin/clock` shows it.
public struct BusinessClockState: Codable, Sendable, Equatable {
    /// The business time now.
    public var now: Date
    /// How far the clock has been moved ahead of the system clock, in seconds.
    public var advancedBySeconds: Double
    /// Whether the server was started with `--allow-clock-control` (whether it can be moved).
    public var controlEnabled: Bool
    /// After a move: how many pending orders the move made due and were provisioned before the answer.
    public var provisionedOrders: Int?
    /// `{"objectType": "BusinessClock"}`.
    public var attributes: ResourceAttributes?

    /// Creates a clock state.
    public init(now: Date, advancedBySeconds: Double, controlEnabled: Bool, provisionedOrders: Int? = nil) {
        self.now = now
        self.advancedBySeconds = advancedBySeconds
        self.controlEnabled = controlEnabled
        self.provisionedOrders = provisionedOrders
        self.attributes = ResourceAttributes(objectType: "BusinessClock")
    }
}

/// The body of `POST /admin/clock`: how far to move the business clock forward.
public struct BusinessClockAdvance: Codable, Sendable, Equatable {
    /// An ISO 8601 duration, e.g. `P8D` or `PT1H30M`.
    public var advance: String

    /// Creates a move.
    public init(advance: String) {
        self.advance = advance
    }
}

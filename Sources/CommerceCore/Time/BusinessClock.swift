import Foundation
import Synchronization

/// The server's notion of "now": the system clock plus an offset an operator may move forward.
/// Cart expiry and provisioning read it, so tests can move time instead of waiting.
public final class BusinessClock: Sendable {
    private let offset = Mutex<TimeInterval>(0)

    /// Creates a clock that starts at the system time.
    public init() {}

    /// The current business time.
    public func now() -> Date {
        Date().addingTimeInterval(offset.withLock { $0 })
    }

    /// Moves the clock forward by `interval` seconds (never backwards).
    public func advance(by interval: TimeInterval) {
        guard interval > 0 else { return }
        offset.withLock { $0 += interval }
    }

    /// How far the clock has been moved ahead of the system time.
    public var advancedBy: TimeInterval { offset.withLock { $0 } }
}

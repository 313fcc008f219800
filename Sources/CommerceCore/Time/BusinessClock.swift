import Foundation
import Synchronization

/// The server's notion of "now": the system clock plus an offset an operator may move forward.
/// Cart expiry and provisioning read it, so tests can move time instead of waiting.
public final class BusinessClock: Sendable {
    private struct State {
        var offset: TimeInterval = 0
        /// Moves whose follow-up work (provisioning what they made due) has not finished yet.
        var movesUnderway = 0
    }

    private let state = Mutex(State())

    /// Creates a clock that starts at the system time.
    public init() {}

    /// The current business time.
    public func now() -> Date {
        Date().addingTimeInterval(state.withLock { $0.offset })
    }

    /// The current business time, or nil while a move made with ``move(by:whileMoving:)`` is underway.
    /// Background work reads this, so that the work a move makes due is done by whoever moved the clock,
    /// who then answers with what it did.
    public func nowUnlessMoving() -> Date? {
        let offset: TimeInterval? = state.withLock { $0.movesUnderway == 0 ? $0.offset : nil }
        return offset.map { Date().addingTimeInterval($0) }
    }

    /// Moves the clock forward by `interval` seconds (never backwards).
    public func advance(by interval: TimeInterval) {
        guard interval > 0 else { return }
        state.withLock { $0.offset += interval }
    }

    /// Moves the clock forward by `interval` seconds and runs `body`; until `body` returns,
    /// ``nowUnlessMoving()`` answers nil.
    public func move<Result>(by interval: TimeInterval, whileMoving body: () async throws -> Result) async rethrows -> Result {
        state.withLock {
            $0.movesUnderway += 1
            if interval > 0 { $0.offset += interval }
        }
        defer { state.withLock { $0.movesUnderway -= 1 } }
        return try await body()
    }

    /// How far the clock has been moved ahead of the system time.
    public var advancedBy: TimeInterval { state.withLock { $0.offset } }
}

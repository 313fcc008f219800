/// When each iteration of an open-loop run is due: `rate` iterations a second over all connections, the
/// connections taking turns, so that starts are `1 / rate` seconds apart whatever each answer's latency.
///
/// A closed loop (each connection sends again as soon as it has its answer) measures the most a server can do,
/// but its latency follows from its rate: with 64 connections, every answer waits behind the others' work. An
/// open loop asks for a set rate instead and says how long answers take at that rate. A connection that is still
/// waiting for an answer when its next iteration is due starts that iteration late, and the delay is counted in
/// the latency of the iteration's first request, so a server that falls behind cannot hide it by slowing the
/// load generator down.
struct IterationSchedule: Sendable {
    /// Iterations a second over all connections.
    let rate: Double
    let connections: Int

    /// When iteration `iteration` (counted from 0) of connection `connection` is due, in a window that starts at
    /// `windowStart`.
    func due(iteration: Int, connection: Int, windowStart: ContinuousClock.Instant) -> ContinuousClock.Instant {
        let seconds = (Double(iteration) * Double(connections) + Double(connection)) / rate
        return windowStart + .nanoseconds(Int64(seconds * 1e9))
    }
}

import Foundation
import Histogram

/// Drives one scenario with a number of concurrent workers, each on its own connection and customer: a warm-up
/// whose numbers are dropped, then the measured window.
struct LoadRunner: Sendable {
    let http: BenchHTTP
    let connections: Int
    let warmup: Duration
    let duration: Duration
    let cartsPerWorker: Int
    /// Iterations a second over all connections for an open-loop run; `nil` for a closed loop.
    let rate: Double?
    /// The server's CPU clock, when the benchmark was told its process id.
    let serverCPU: ServerCPUTime?

    /// What a scenario measured.
    struct Measurement: Sendable {
        var requests = 0
        var flowsSucceeded = 0
        var flowsFailed = 0
        var errorsByStatus: [Int: Int] = [:]
        var latency = Histogram<UInt64>(highestTrackableValue: 120_000_000, numberOfSignificantValueDigits: .three)
        var elapsedSeconds = 0.0
        /// Server CPU seconds used during the measured window, when known.
        var serverCPUSeconds: Double?
        /// The same by thread name, for the threads running at the window's end.
        var serverCPUSecondsByThread: [String: Double]?
        /// How the machine's cores spent the measured window, where `/proc/stat` can be read.
        var machineCPU: MachineCPUTime.Shares?

        mutating func merge(_ other: Measurement) {
            requests += other.requests
            flowsSucceeded += other.flowsSucceeded
            flowsFailed += other.flowsFailed
            errorsByStatus.merge(other.errorsByStatus, uniquingKeysWith: +)
            latency.add(other.latency)
        }
    }

    /// Runs the scenario for `measured` (by default the runner's duration); `workers` gives back the per-worker
    /// state (customers and flow counts) for checks.
    func run(_ scenario: BenchScenario, for measured: Duration? = nil) async throws -> (Measurement, [BenchScenario.WorkerState]) {
        var workers: [BenchScenario.WorkerState] = []
        try await withThrowingTaskGroup(of: BenchScenario.WorkerState.self) { group in
            for _ in 0..<connections {
                group.addTask {
                    let customer = scenario.needsCustomer ? try await BenchSetup.createCustomer(http) : nil
                    let worker = BenchScenario.WorkerState(customer: customer)
                    try await scenario.prepare(worker, http: http, cartsPerWorker: cartsPerWorker)
                    return worker
                }
            }
            for try await worker in group { workers.append(worker) }
        }
        // healthz is the ceiling other scenarios are compared with, so it always runs as fast as it can.
        let schedule = scenario == .healthz ? nil : rate.map { IterationSchedule(rate: $0, connections: workers.count) }
        _ = await drive(scenario, workers: workers, for: warmup, schedule: schedule)
        let started = ContinuousClock.now
        let cpuBefore = serverCPU?.seconds()
        let threadsBefore = serverCPU?.secondsByThread()
        let machineBefore = MachineCPUTime.now()
        var measurement = await drive(scenario, workers: workers, for: measured ?? duration, schedule: schedule)
        measurement.elapsedSeconds = Self.seconds(ContinuousClock.now - started)
        if let cpuBefore, let cpuAfter = serverCPU?.seconds() { measurement.serverCPUSeconds = cpuAfter - cpuBefore }
        if let threadsBefore, let threadsAfter = serverCPU?.secondsByThread() {
            // A name with fewer threads at the end than at the start (one ended) can come out below zero.
            measurement.serverCPUSecondsByThread = Dictionary(uniqueKeysWithValues: threadsAfter.map { name, seconds in
                (name, max(0, seconds - (threadsBefore[name] ?? 0)))
            })
        }
        if let machineBefore, let machineAfter = MachineCPUTime.now() { measurement.machineCPU = machineAfter.shares(since: machineBefore) }
        return (measurement, workers)
    }

    private func drive(_ scenario: BenchScenario, workers: [BenchScenario.WorkerState], for window: Duration,
                       schedule: IterationSchedule?) async -> Measurement {
        let windowStart = ContinuousClock.now
        let deadline = windowStart + window
        return await withTaskGroup(of: Measurement.self) { group in
            for (connection, worker) in workers.enumerated() {
                group.addTask {
                    var measurement = Measurement()
                    let flowsBefore = (worker.flowsSucceeded, worker.flowsFailed)
                    var iteration = 0
                    while true {
                        // How late the iteration starts against its schedule: counted in its first request's latency.
                        var lateMicroseconds: UInt64 = 0
                        if let schedule {
                            let due = schedule.due(iteration: iteration, connection: connection, windowStart: windowStart)
                            guard due < deadline else { break }
                            iteration += 1
                            if ContinuousClock.now < due { try? await Task.sleep(until: due, clock: .continuous) }
                            lateMicroseconds = Self.microseconds(ContinuousClock.now - due)
                        } else if ContinuousClock.now >= deadline {
                            break
                        }
                        guard let answers = await scenario.iterate(worker, http: http) else { break }
                        for (position, answer) in answers.enumerated() {
                            measurement.requests += 1
                            _ = measurement.latency.record(answer.microseconds + (position == 0 ? lateMicroseconds : 0))
                            if !(200..<300).contains(answer.status) { measurement.errorsByStatus[answer.status, default: 0] += 1 }
                        }
                    }
                    measurement.flowsSucceeded = worker.flowsSucceeded - flowsBefore.0
                    measurement.flowsFailed = worker.flowsFailed - flowsBefore.1
                    return measurement
                }
            }
            var total = Measurement()
            for await measurement in group { total.merge(measurement) }
            return total
        }
    }

    static func microseconds(_ duration: Duration) -> UInt64 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0, attoseconds >= 0 else { return 0 }
        return UInt64(seconds) * 1_000_000 + UInt64(attoseconds / 1_000_000_000_000)
    }

    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

import Foundation

/// The whole machine's CPU time so far, by what the cores did, read from the first line of `/proc/stat`. Two
/// readings around a scenario say how busy the cores were, and how much of their time the hypervisor gave to
/// other machines ("steal"), which is what makes one hour of a shared machine slower than another.
struct MachineCPUTime: Sendable {
    var busy: Double
    var idle: Double
    var ioWait: Double
    var stolen: Double

    /// The machine's counters now, or `nil` where `/proc/stat` cannot be read (not Linux).
    static func now() -> MachineCPUTime? {
        guard let stat = try? String(contentsOfFile: "/proc/stat", encoding: .utf8) else { return nil }
        return parse(stat)
    }

    /// Reads the `cpu` line: user, nice, system, idle, iowait, irq, softirq and steal, in clock ticks. Guest time
    /// is already counted in user and nice, so it is not added again.
    static func parse(_ stat: String) -> MachineCPUTime? {
        guard let line = stat.split(separator: "\n").first(where: { $0.hasPrefix("cpu ") }) else { return nil }
        let ticks = line.split(separator: " ").dropFirst().map { Double($0) }
        guard ticks.count >= 8, ticks.allSatisfy({ $0 != nil }) else { return nil }
        let value = ticks.prefix(8).map { $0 ?? 0 }
        return MachineCPUTime(busy: value[0] + value[1] + value[2] + value[5] + value[6],
                              idle: value[3], ioWait: value[4], stolen: value[7])
    }

    /// How the cores' time between `earlier` and this reading was spent, in per cent; `nil` when no time passed.
    func shares(since earlier: MachineCPUTime) -> Shares? {
        let busy = busy - earlier.busy, idle = idle - earlier.idle
        let ioWait = ioWait - earlier.ioWait, stolen = stolen - earlier.stolen
        let total = busy + idle + ioWait + stolen
        guard total > 0 else { return nil }
        return Shares(busyPercent: busy * 100 / total, idlePercent: idle * 100 / total,
                      ioWaitPercent: ioWait * 100 / total, stolenPercent: stolen * 100 / total)
    }

    /// The cores' time in a window, in per cent of all of it: running programs (the server, the load generator
    /// and anything else), idle, idle while waiting for the disk, and taken by the hypervisor.
    struct Shares: Codable, Sendable {
        let busyPercent: Double
        let idlePercent: Double
        let ioWaitPercent: Double
        let stolenPercent: Double
    }
}

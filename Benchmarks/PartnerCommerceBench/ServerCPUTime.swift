import Foundation

/// The CPU time a process on this machine has used so far (user and system), read from `/proc/<pid>/stat`:
/// with the server's process id the benchmark reports what each request cost the server itself, a number that
/// does not depend on how much of the machine the load generator takes.
struct ServerCPUTime: Sendable {
    let pid: Int32

    /// Seconds of CPU used, or `nil` when the process cannot be read (gone, or not Linux).
    func seconds() -> Double? {
        Self.read("/proc/\(pid)/stat")?.seconds
    }

    /// Seconds of CPU used by each of the process's threads now running, summed by thread name (the server names
    /// its commit line `group-commit`; SwiftNIO's event loops are `NIO-SGLTN-…`). `nil` when the threads cannot be
    /// listed. A thread that has ended is no longer counted, so the sum may fall short of ``seconds()``.
    func secondsByThread() -> [String: Double]? {
        let tasks = "/proc/\(pid)/task"
        guard let threadIds = try? FileManager.default.contentsOfDirectory(atPath: tasks) else { return nil }
        var byName: [String: Double] = [:]
        for threadId in threadIds {
            // A thread may end between the listing and its read: it is then left out.
            guard let thread = Self.read("\(tasks)/\(threadId)/stat") else { continue }
            byName[thread.name, default: 0] += thread.seconds
        }
        return byName
    }

    /// The name and the CPU seconds in a `stat` file of `/proc`.
    private static func read(_ path: String) -> (name: String, seconds: Double)? {
        guard let stat = try? String(contentsOfFile: path, encoding: .utf8),
              let nameStart = stat.firstIndex(of: "("),
              let afterName = stat.range(of: ")", options: .backwards), nameStart < afterName.lowerBound
        else { return nil }
        // The name may hold spaces and parentheses itself, hence the last ")". Fields after it start at field 3
        // (state); utime and stime are fields 14 and 15.
        let fields = stat[afterName.upperBound...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        guard ticksPerSecond > 0 else { return nil }
        return (String(stat[stat.index(after: nameStart)..<afterName.lowerBound]), (user + system) / ticksPerSecond)
    }
}

import Foundation

/// The CPU time a process on this machine has used so far (user and system), read from `/proc/<pid>/stat`:
/// with the server's process id the benchmark reports what each request cost the server itself, a number that
/// does not depend on how much of the machine the load generator takes.
struct ServerCPUTime: Sendable {
    let pid: Int32

    /// Seconds of CPU used, or `nil` when the process cannot be read (gone, or not Linux).
    func seconds() -> Double? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let afterName = stat.range(of: ")", options: .backwards) else { return nil }
        // Fields after the parenthesised name start at field 3 (state); utime and stime are fields 14 and 15.
        let fields = stat[afterName.upperBound...].split(separator: " ")
        guard fields.count > 12, let user = Double(fields[11]), let system = Double(fields[12]) else { return nil }
        let ticksPerSecond = Double(sysconf(Int32(_SC_CLK_TCK)))
        return ticksPerSecond > 0 ? (user + system) / ticksPerSecond : nil
    }
}

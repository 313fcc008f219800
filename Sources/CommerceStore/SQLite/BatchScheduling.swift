#if canImport(Glibc)
import Glibc
#endif

/// Puts the calling thread under Linux's batch scheduling policy (`SCHED_BATCH`).
///
/// A batch thread keeps its fair share of the processor, whatever else runs on the machine, but when it wakes it
/// does not take the core from the thread running there. The group-commit thread wakes whenever a write arrives.
/// Under the normal policy it then interrupted an event loop in the middle of a request, and started a batch that
/// the loop's next writes just missed. Under the batch policy the loops finish what they are doing first, and each
/// commit carries more writes: on the `flow` benchmark about 7 flows per commit instead of about 5.7, with less
/// server CPU per flow and a lower p99 (docs/performance.md).
///
/// Lowering the thread's priority (`nice`) gathers bigger batches still, but a busy machine would then starve
/// the one thread every write waits for.
enum BatchScheduling {
    /// `SCHED_BATCH` from Linux's `<sched.h>`, which the Swift Glibc module does not export.
    static let policy: Int32 = 3

    /// Applies the policy to the calling thread; returns whether the system accepted it. Elsewhere than on
    /// Linux there is no such policy and nothing changes.
    @discardableResult
    static func applyToCurrentThread() -> Bool {
        #if os(Linux)
        var parameters = sched_param(sched_priority: 0)
        return sched_setscheduler(0, policy, &parameters) == 0
        #else
        return false
        #endif
    }
}

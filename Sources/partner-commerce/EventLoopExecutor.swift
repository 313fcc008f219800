import NIOCore
import NIOPosix

/// Runs the server's Swift tasks on SwiftNIO's event loops instead of Swift's own thread pool.
///
/// Without this, each request crosses threads twice: the event loop reads it and wakes a task on the concurrency
/// pool, and the task hands its answer back to the event loop to write. On two cores the two sets of threads
/// also compete for the same cores. With the event loops as the global executor, a request's task runs where its
/// bytes arrived: on the `flow` benchmark the server spent about a tenth fewer CPU cycles per request.
///
/// Nothing the server runs as a task blocks its thread for long, which was already the rule when the concurrency
/// pool had one thread per core: writes wait for their commit without holding a thread, the write-ahead log is
/// copied back on a thread of its own, and the reads that run on the calling thread take microseconds.
enum EventLoopExecutor {
    /// Installs the event loops as the global executor; call once, first thing, from the main thread.
    @MainActor
    static func install() {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// How glibc's allocator is set up for the server, before it starts its threads.
///
/// - **Two heap arenas.** glibc gives threads that allocate at the same time arenas of their own, up to eight per
///   core. The server runs some thirty threads (event loops, the concurrency pool, the database's queues), and
///   each arena keeps several megabytes of freed memory it rarely gives back: resident size then grows with the
///   number of arenas, not with the work. Two arenas keep it small on two cores.
/// - **Blocks of 1 MiB and more come from `mmap`, always.** By default glibc raises that threshold each time such
///   a block is freed, up to 32 MiB, after which large answers (an order listing of thousands of orders is tens
///   of megabytes, built in a few copies) are carved out of the arenas, which seldom shrink again. A fixed
///   threshold gives every large block back to the system when it is freed.
enum MallocSettings {
    /// `M_MMAP_THRESHOLD` from glibc's `<malloc.h>`, which the Swift Glibc module does not include.
    private static let mmapThresholdParameter: Int32 = -3
    /// `M_ARENA_MAX`, likewise.
    private static let arenaMaximumParameter: Int32 = -8

    /// Applies the settings; call before the server starts its threads.
    static func apply() {
        #if canImport(Glibc)
        // `mallopt` is looked up at run time because `<malloc.h>` is not part of the Glibc module.
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(arenaMaximumParameter, 2)
        _ = mallopt(mmapThresholdParameter, 1 << 20)
        #endif
    }
}

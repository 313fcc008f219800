#if canImport(Glibc)
import Glibc
#endif

/// glibc gives threads that allocate at the same time heap arenas of their own, up to eight per core. The server
/// runs some thirty threads (event loops, the concurrency pool, the database's queues), and each arena keeps
/// several megabytes of freed memory it rarely gives back: resident size then grows with the number of arenas,
/// not with the work. Two arenas keep it small on two cores.
enum MallocArenas {
    /// `M_ARENA_MAX` from glibc's `<malloc.h>`, which the Swift Glibc module does not include.
    private static let arenaMaximumParameter: Int32 = -8

    /// Caps the number of arenas; call before the server starts its threads.
    static func limit() {
        #if canImport(Glibc)
        // `mallopt` is looked up at run time because `<malloc.h>` is not part of the Glibc module.
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        _ = mallopt(arenaMaximumParameter, 2)
        #endif
    }
}

import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// The system's random numbers, fetched from the kernel 32 words at a time.
///
/// On Linux, Swift's `SystemRandomNumberGenerator` makes one `getrandom` system call for every word, and a
/// checkout flow draws about 26 words for its ids (orders, line items, subscriptions, request and correlation
/// ids). This generator hands out the same kernel bytes from a buffer that one call refills, so that a flow makes
/// under one call. Each word is handed out once, whichever thread asks.
public struct PooledSystemRandomNumberGenerator: RandomNumberGenerator, Sendable {
    /// A generator drawing from the process's shared pool.
    public init() {}

    /// The next random word.
    public mutating func next() -> UInt64 {
        RandomWordPool.shared.next()
    }
}

/// The buffer behind ``PooledSystemRandomNumberGenerator``.
private final class RandomWordPool: Sendable {
    static let shared = RandomWordPool()

    /// `getrandom` never returns fewer bytes than asked for up to 256, once the kernel's generator is ready.
    private static let wordsPerRefill = 32

    private struct State {
        var words = [UInt64](repeating: 0, count: RandomWordPool.wordsPerRefill)
        var nextIndex = RandomWordPool.wordsPerRefill
    }

    private let state = Mutex(State())

    func next() -> UInt64 {
        state.withLock { state in
            if state.nextIndex == state.words.count {
                Self.refill(&state.words)
                state.nextIndex = 0
            }
            defer { state.nextIndex += 1 }
            return state.words[state.nextIndex]
        }
    }

    /// Fills `words` from the kernel in one call where it can, word by word from the standard generator where
    /// it cannot.
    private static func refill(_ words: inout [UInt64]) {
        if words.withUnsafeMutableBytes({ KernelRandomBytes.fill($0) }) { return }
        var fallback = SystemRandomNumberGenerator()
        for index in words.indices { words[index] = fallback.next() }
    }
}

/// glibc's `getrandom`, which the Swift Glibc module does not declare: it is looked up at run time.
enum KernelRandomBytes {
    private typealias GetRandom = @convention(c) (UnsafeMutableRawPointer?, Int, UInt32) -> Int

    private static let getrandom: GetRandom? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(nil, "getrandom") else { return nil }
        return unsafeBitCast(symbol, to: GetRandom.self)
        #else
        return nil
        #endif
    }()

    /// Whether `buffer` was filled whole.
    static func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Bool {
        guard let getrandom, buffer.count > 0 else { return false }
        return getrandom(buffer.baseAddress, buffer.count, 0) == buffer.count
    }
}

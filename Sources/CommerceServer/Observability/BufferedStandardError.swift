import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// Standard error written in batches: log lines gather in memory and go out in one `write` when 64 KiB are
/// waiting, every 100 milliseconds, and when the process exits normally. Writing each request's log line with
/// its own system call costs more than serving a health check. A process killed outright loses at most the
/// last 100 milliseconds of lines.
final class BufferedStandardError: Sendable {
    /// The one buffer of the process.
    static let shared = BufferedStandardError()

    private static let flushThreshold = 64 * 1024
    private let pending = Mutex<[UInt8]>([])
    /// Held while bytes are taken and written, so that batches reach the file in order.
    private let writing = Mutex<Void>(())

    private init() {
        let flusher = Thread {
            // A name given before the start is not passed on to the system thread on Linux.
            Thread.current.name = "log-flusher"
            while true {
                Thread.sleep(forTimeInterval: 0.1)
                BufferedStandardError.shared.flush()
            }
        }
        flusher.start()
        atexit { BufferedStandardError.shared.flush() }
    }

    /// Adds a line (with its newline) to the next batch.
    func append(_ line: Data) {
        let isFull = pending.withLock { buffer in
            buffer.append(contentsOf: line)
            return buffer.count >= Self.flushThreshold
        }
        if isFull { flush() }
    }

    /// Writes everything waiting.
    func flush() {
        writing.withLock { _ in
            let bytes = pending.withLock { buffer in
                defer { buffer.removeAll(keepingCapacity: true) }
                return buffer
            }
            bytes.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { return }
                var offset = 0
                while offset < raw.count {
                    let written = Glibc.write(STDERR_FILENO, base + offset, raw.count - offset)
                    guard written > 0 else { return }
                    offset += written
                }
            }
        }
    }
}

import Foundation
import Logging

/// Stops the server when its standard input ends (`serve --exit-when-stdin-closes`). A program that starts the
/// server as its child, with a pipe to its standard input that it never closes, takes the server down with it
/// however it ends: when a process dies, the system closes its pipes, and the server reads end of file.
enum StandardInputWatch {
    /// Starts a thread that reads and discards standard input until it ends (or cannot be read), then asks this
    /// process to stop with SIGTERM, the signal a graceful stop answers to.
    static func start(logger: Logger) {
        let thread = Thread {
            // A name given before the start is not passed on to the system thread on Linux.
            Thread.current.name = "stdin watch"
            var buffer = [UInt8](repeating: 0, count: 4096)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
                guard count > 0 || (count < 0 && errno == EINTR) else { break }
            }
            logger.notice("standard input ended; stopping")
            kill(getpid(), SIGTERM)
        }
        thread.start()
    }
}

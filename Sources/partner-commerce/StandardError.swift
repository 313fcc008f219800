import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes to standard error at once, unbuffered: error messages and the progress of `order wait`.
enum StandardError {
    static func line(_ text: String) {
        write(text + "\n")
    }

    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether standard error is a terminal, where a progress line can be rewritten in place.
    static var isTerminal: Bool {
        isatty(FileHandle.standardError.fileDescriptor) == 1
    }
}

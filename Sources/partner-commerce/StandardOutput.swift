import Foundation

/// Writes straight to standard output, unbuffered, so that a process reading the server's output (a script
/// waiting for the port, a test) sees each line as soon as it is written.
enum StandardOutput {
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }
}

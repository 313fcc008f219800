import Foundation

/// Reads a file a command is given; `-` reads standard input. A file that cannot be read ends the command with
/// the unreadable-input exit code.
enum InputFile {
    static func data(_ path: String) throws -> Data {
        do {
            return path == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw ClientFailure(message: "cannot read \(path): \(error.localizedDescription)",
                                exitCode: ClientFailure.unreadableInputExitCode)
        }
    }
}

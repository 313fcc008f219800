import Foundation
import Glibc

/// Fresh temporary directories for test servers, their data and input files.
///
/// Every directory is made inside one directory of this test process (`partner-commerce-tests-<pid>` under the
/// system's temporary directory), which is removed when the process exits: a test may hand its directory to a
/// second server or a child process, so no single test knows when the last user is done with it.
public enum TemporaryDirectory {
    /// The directory that holds this process's temporary directories.
    public static let root: String = {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("partner-commerce-tests-\(getpid())").path
        try? FileManager.default.removeItem(atPath: path)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TemporaryDirectory.root) }
        return path
    }()

    /// Makes a new, empty directory and answers its path.
    public static func make() -> String {
        let path = (root as NSString).appendingPathComponent(UUID().uuidString)
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

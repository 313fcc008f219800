import Foundation

/// Fresh temporary directories for test servers.
enum TemporaryDirectory {
    static func make() -> String {
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("partner-center-sdk-tests-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}

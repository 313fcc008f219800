import Foundation

/// Reads the `PARTNER_COMMERCE_*` environment variable that mirrors a command-line flag.
enum EnvironmentSetting {
    static func string(_ name: String) -> String? {
        guard let value = ProcessInfo.processInfo.environment["PARTNER_COMMERCE_\(name)"], !value.isEmpty else { return nil }
        return value
    }

    static func bool(_ name: String) -> Bool? {
        string(name).map { ["1", "true", "yes", "on"].contains($0.lowercased()) }
    }
}

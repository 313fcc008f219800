import Foundation

/// The HS256 key of `dev` authentication: 32 random bytes in `<data-dir>/signing-key`, created at first use
/// with mode 0600. The server verifies tokens with it and `partner-commerce token` signs them. A key file that
/// others can read is refused.
public enum DevSigningKey {
    /// The key file's name inside the data directory.
    public static let fileName = "signing-key"

    /// Reads the key, creating the data directory and the key file when missing.
    public static func loadOrCreate(dataDirectory: String) throws -> Data {
        let manager = FileManager.default
        try manager.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true,
                                    attributes: [.posixPermissions: 0o700])
        let path = (dataDirectory as NSString).appendingPathComponent(fileName)
        if manager.fileExists(atPath: path) {
            let permissions = (try manager.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)?.intValue ?? 0
            guard permissions & 0o077 == 0 else {
                throw DevSigningKeyError(message: "the signing key \(path) is readable by others (mode \(String(permissions, radix: 8))); run `chmod 600 \(path)`")
            }
            guard let existing = manager.contents(atPath: path), existing.count >= 32 else {
                throw DevSigningKeyError(message: "the signing key \(path) is shorter than 32 bytes; delete it to make a new one")
            }
            return existing
        }
        var generator = SystemRandomNumberGenerator()
        let key = Data((0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) })
        guard manager.createFile(atPath: path, contents: key, attributes: [.posixPermissions: 0o600]) else {
            throw DevSigningKeyError(message: "could not write the signing key to \(path)")
        }
        return key
    }
}

/// The signing key could not be created.
public struct DevSigningKeyError: Error, CustomStringConvertible {
    /// What went wrong.
    public var message: String
    /// The message.
    public var description: String { message }
}

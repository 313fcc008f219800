import CommerceServer
import Foundation
import TestSupport
import Testing

/// The `dev` signing key: created with mode 0600, kept across starts, refused when others can read it.
@Suite struct SigningKeyTests {
    @Test func keyIsCreatedPrivateAndReused() throws {
        let directory = TemporaryDirectory.make()
        let first = try DevSigningKey.loadOrCreate(dataDirectory: directory)
        let path = (directory as NSString).appendingPathComponent(DevSigningKey.fileName)
        let permissions = try #require(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? NSNumber)
        #expect(permissions.intValue & 0o777 == 0o600)
        #expect(first.count == 32)
        #expect(try DevSigningKey.loadOrCreate(dataDirectory: directory) == first)
    }

    @Test func keyReadableByOthersIsRefused() throws {
        let directory = TemporaryDirectory.make()
        _ = try DevSigningKey.loadOrCreate(dataDirectory: directory)
        let path = (directory as NSString).appendingPathComponent(DevSigningKey.fileName)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: path)
        #expect {
            _ = try DevSigningKey.loadOrCreate(dataDirectory: directory)
        } throws: { error in
            String(describing: error).contains("readable by others")
        }
    }
}

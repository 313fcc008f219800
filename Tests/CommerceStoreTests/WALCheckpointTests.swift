@testable import CommerceStore
import Foundation
import GRDB
import Testing

/// The log is copied back into the database file by the store's own checkpoint thread, not by the writer.
@Suite("Checkpointing off the writer")
struct WALCheckpointTests {
    @Test func theWriterOnlyCheckpointsAtItsBackstop() async throws {
        try await withFileStore { store, _ in
            let pages = try await store.writer.writeWithoutTransaction { db in
                try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint")
            }
            #expect(pages == WALCheckpointer.writerBackstopPages)
        }
    }

    @Test func committedPagesReachTheDatabaseFileWithinSeconds() async throws {
        try await withFileStore { store, directory in
            func fileSize() throws -> Int {
                (try FileManager.default.attributesOfItem(atPath: directory.databasePath)[.size] as? Int) ?? 0
            }
            let before = try fileSize()
            for _ in 0..<200 { try await store.insertCustomer(customerRecord()) }
            // Far below the writer's backstop: only the checkpoint thread copies these pages into the file.
            var after = try fileSize()
            let deadline = Date().addingTimeInterval(10)
            while after <= before, Date() < deadline {
                try await Task.sleep(for: .milliseconds(100))
                after = try fileSize()
            }
            #expect(after > before)
            #expect(try await store.customerCount(partner: Partners.contoso) == 200)
        }
    }
}

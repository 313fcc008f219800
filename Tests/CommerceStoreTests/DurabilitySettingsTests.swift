import CommerceCore
import Foundation
@testable import CommerceStore
import PartnerCenterModels
import Testing

/// GRDB's DatabasePool switches its writer to `synchronous = NORMAL` after the store's own setup: these tests
/// read the setting back from the live connection that commits.
@Suite("SQLite durability settings")
struct DurabilitySettingsTests {
    @Test func fileStoreCommitsWithSynchronousFull() async throws {
        try await withFileStore { store, _ in
            let synchronous = try await store.writerSynchronousSetting()
            #expect(synchronous == 2)
        }
    }

    @Test func fileStoreUsesWriteAheadLogging() async throws {
        try await withFileStore { store, _ in
            let journalMode = try await store.journalMode()
            #expect(journalMode == "wal")
        }
    }

    @Test func synchronousStaysFullAfterWrites() async throws {
        try await withFileStore { store, _ in
            let commerce = try Commerce()
            let customer = customerRecord()
            let cart = try await commerce.insertCart([lineItem(id: 0, CatalogIds.businessBasic)], for: customer, in: store)
            _ = try await commerce.checkout(cart.id, of: customer, in: store)
            _ = try await commerce.provisionDue(in: store)
            #expect(try await store.writerSynchronousSetting() == 2)
            #expect(try await store.journalMode() == "wal")
        }
    }

    @Test func reopenedFileStoreCommitsWithSynchronousFull() async throws {
        try await withFileStore { first, directory in
            try await first.insertCustomer(customerRecord())
            let reopened = try SQLiteCommerceStore(path: directory.databasePath)
            #expect(try await reopened.writerSynchronousSetting() == 2)
            #expect(try await reopened.journalMode() == "wal")
        }
    }

    @Test func databaseFileIsCreatedAtThePath() async throws {
        try await withFileStore { store, directory in
            try await store.insertCustomer(customerRecord())
            #expect(FileManager.default.fileExists(atPath: directory.databasePath))
        }
    }

    @Test func inMemoryStoreKeepsItsJournalInMemory() async throws {
        let store = try makeMemoryStore()
        #expect(try await store.journalMode() == "memory")
        #expect(try await store.writerSynchronousSetting() == 2)
    }
}

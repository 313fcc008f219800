import CommerceCore
import CommerceStore
import Logging
import PartnerCenterModels

/// The catalog in force at start-up: the one an operator imported last, or the default catalog.
enum StoredCatalog {
    /// The stored catalog; one that can no longer be read is reported and the default is used instead.
    static func load(from store: any CommerceStore, logger: Logger) async throws -> Catalog {
        guard let stored = try await store.storedCatalog() else { return try Catalog.defaultCatalog() }
        do {
            return Catalog(try TolerantJSONDecoder().decode(CatalogDocument.self, from: stored))
        } catch {
            logger.error("the imported catalog in the database cannot be read; the default catalog is in force",
                         metadata: ["path": .string(error.path), "problem": .string(error.message)])
            return try Catalog.defaultCatalog()
        }
    }
}

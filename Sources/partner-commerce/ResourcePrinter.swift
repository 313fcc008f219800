import Foundation
import PartnerCenter

/// Prints results in the form the output options ask for: a table (the default), the wire JSON (`--json`), or
/// ids only (`--quiet`).
struct ResourcePrinter {
    let options: OutputOptions

    /// Prints one resource.
    func show<Resource: Encodable>(_ resource: Resource, ids: [String?], table: () -> String) throws {
        if options.json {
            try printJSON(resource)
        } else if options.quiet {
            for id in ids.compactMap({ $0 }) { StandardOutput.line(id) }
        } else {
            StandardOutput.line(table())
        }
    }

    /// Prints the items of a collection (every page); `--json` prints them as one collection.
    func show<Item: Codable & Sendable>(_ items: [Item], id: (Item) -> String?, table: ([Item]) -> String) throws {
        try show(ResourceCollection(items: items), ids: items.map(id)) { table(items) }
    }

    private func printJSON<Resource: Encodable>(_ resource: Resource) throws {
        let data = try PartnerJSONEncoder(prettyPrinted: true).encode(resource)
        StandardOutput.line(String(decoding: data, as: UTF8.self))
    }
}

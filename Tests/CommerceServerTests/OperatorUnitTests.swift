import CommerceCore
@testable import CommerceServer
import PartnerCenterModels
import Testing

@Suite("Operator surface: path patterns, catalog checks, journal ring")
struct OperatorUnitTests {
    @Test("'*' is one segment, a final '**' any rest; literals match case-insensitively", arguments: [
        ("/v1/customers/*/carts/*/checkout", "/v1/customers/ABC/carts/1/checkout", true),
        ("/v1/customers/*/carts/*/checkout", "/v1/customers/abc/carts/checkout", false),
        ("/v1/customers/*", "/V1/Customers/abc", true),
        ("/v1/customers/*", "/v1/customers", false),
        ("/v1/customers/**", "/v1/customers", true),
        ("/v1/customers/**", "/v1/customers/a/orders/b", true),
        ("/v1/offers", "/v1/offers/", true),
        ("/v1/offers", "/v1/products", false),
    ])
    func pathPatterns(pattern: String, path: String, matches: Bool) throws {
        let parsed = try #require(PathPattern(pattern))
        #expect(parsed.matches(path) == matches)
    }

    @Test("patterns must start with '/' and may use '**' only at the end")
    func badPatterns() {
        #expect(PathPattern("v1/customers") == nil)
        #expect(PathPattern("/v1/**/orders") == nil)
        #expect(PathPattern("/") != nil)
    }

    @Test("the default catalog passes the import checks")
    func defaultCatalogIsValid() throws {
        let catalog = try Catalog.defaultCatalog()
        #expect(throws: Never.self) { try CatalogDocumentValidator.validate(catalog.document) }
    }

    @Test("the journal ring keeps the newest entries, newest first")
    func journalRing() {
        var journal = RequestJournal(capacity: 3)
        for index in 0..<5 {
            journal.append(RequestJournalEntry(
                time: .now, method: "GET", path: "/\(index)", status: 200, partner: nil, requestId: "\(index)",
                correlationId: "c", latencyMilliseconds: 1, faultRule: nil))
        }
        #expect(journal.newestFirst.map(\.path) == ["/4", "/3", "/2"])
    }

    @Test("Prometheus numbers and label values are written as the format asks")
    func prometheusText() {
        var text = PrometheusText()
        text.family("m", type: "counter", help: "Help.")
        text.sample("m", labels: ["route": "a\"b\\c\nd"], 3)
        text.sample("m", 0.25)
        #expect(text.text == "# HELP m Help.\n# TYPE m counter\nm{route=\"a\\\"b\\\\c\\nd\"} 3\nm 0.25\n")
        #expect(PrometheusText.number(.infinity) == "+Inf")
    }
}

import Foundation
import Testing
import PartnerCenterModels

private struct Response: Encodable {
    var id: String
    var creationTimestamp: Date
    var expiresOn: Date?
    var uri: String
    var lineItems: [Int]
}

@Suite("PartnerJSONEncoder")
struct PartnerJSONEncoderTests {
    private let sample = Response(
        id: "cart-1",
        creationTimestamp: Date(timeIntervalSince1970: 1_547_599_541.25),
        expiresOn: nil,
        uri: "/customers/abc/carts/cart-1",
        lineItems: [1]
    )

    @Test func writesCompactJSONWithPartnerConventions() throws {
        let text = String(decoding: try PartnerJSONEncoder().encode(sample), as: UTF8.self)
        #expect(text == #"{"creationTimestamp":"2019-01-16T00:45:41.2500000Z","id":"cart-1","lineItems":[1],"uri":"/customers/abc/carts/cart-1"}"#)
    }

    @Test func omitsNilAndCanLeaveKeysUnsorted() throws {
        let text = String(decoding: try PartnerJSONEncoder(sortedKeys: false).encode(sample), as: UTF8.self)
        #expect(text.contains(#""creationTimestamp":"2019-01-16T00:45:41.2500000Z""#))
        #expect(text.contains(#""uri":"/customers/abc/carts/cart-1""#))
        #expect(!text.contains("expiresOn"))
        #expect(!text.contains("\\/"))
    }

    @Test func prettyPrintsOnRequest() throws {
        let text = String(decoding: try PartnerJSONEncoder(prettyPrinted: true).encode(sample), as: UTF8.self)
        #expect(text.contains("\n"))
        #expect(text.contains(#""uri" : "/customers/abc/carts/cart-1""#))
    }

    @Test func encodesFreeFormValues() throws {
        let value: JSONValue = ["z": 1, "a": [true, nil, "x/y", 1.5]]
        let text = String(decoding: try PartnerJSONEncoder().encode(value), as: UTF8.self)
        #expect(text == #"{"a":[true,null,"x/y",1.5],"z":1}"#)
        #expect(try JSONParser().parse(text) == value)
    }

    @Test func isSafeToShareAcrossTasks() async throws {
        let encoder = PartnerJSONEncoder()
        let sample = sample
        let outputs = try await withThrowingTaskGroup(of: Data.self) { group in
            for _ in 0..<64 {
                group.addTask { try encoder.encode(sample) }
            }
            return try await group.reduce(into: Set<Data>()) { $0.insert($1) }
        }
        #expect(outputs.count == 1)
    }
}

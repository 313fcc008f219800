import Foundation
import NIOHTTP1
import Testing

/// Thousands of malformed bodies, headers and paths, generated from a fixed seed: the server never answers 5xx,
/// every refusal is a Partner Center error body, and the stored data is unchanged.
@Suite struct MalformedInputFuzzTests {
    @Test func malformedRequestsNeverAnswer5xxNorChangeData() async throws {
        try await withTestServer({ $0.throttlePerMinute = nil }) { server in
            let client = try await server.client()
            let customer = try await client.createCustomer()
            let cart = try await client.createSeedCart(customer: customer)
            let erroredCart = try #require(try await client.createCart(customer: customer, items: [
                ["catalogItemId": "NOPE:0001:NOPE", "quantity": 1, "billingCycle": "monthly"],
            ]).object()["id"] as? String)
            let before = try await server.parts.services.store.counts()
            let cartBefore = try await client.send(.GET, "/v1/customers/\(customer)/carts/\(cart)").body
            var generator = SeededGenerator(seed: 0x5EED_CA27)
            let targets: [(HTTPMethod, String)] = [
                (.POST, "/v1/customers/\(customer)/carts"), (.PUT, "/v1/customers/\(customer)/carts/\(cart)"),
                (.POST, "/v1/customers/\(customer)/orders"), (.PATCH, "/v1/customers/\(customer)/orders/x"),
                (.POST, "/v1/customers/\(customer)/carts/\(erroredCart)/checkout"),
            ]

            var answered = 0
            for round in 0..<2_000 {
                let (method, path) = targets[round % targets.count]
                let body = MalformedBodies.make(&generator)
                let headers = MalformedHeaders.make(&generator)
                let response = try await client.send(method, MalformedPaths.mangle(path, &generator), body: body, headers: headers)
                #expect(response.status < 500, "round \(round): \(method) \(path) \(String(decoding: body.prefix(200), as: UTF8.self)) -> \(response.text)")
                if response.status >= 400, response.status != 429 {
                    let fault = try? response.object()
                    #expect(fault?["code"] is Int && !((fault?["description"] as? String) ?? "").isEmpty, "\(response.text)")
                }
                answered += 1
            }

            #expect(answered == 2_000)
            let after = try await server.parts.services.store.counts()
            #expect(after.carts == before.carts && after.orders == before.orders && after.subscriptions == before.subscriptions)
            #expect(after.customers == before.customers)
            #expect(try await client.send(.GET, "/v1/customers/\(customer)/carts/\(cart)").body == cartBefore)
        }
    }
}

/// A small deterministic generator (SplitMix64), so a failing round can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Bodies that are wrong in every way a client can get them wrong, none of which may be stored.
enum MalformedBodies {
    static func make(_ generator: inout SeededGenerator) -> Data {
        let broken: [String] = [
            "", "{", "}", "[", "null", "true", "1e999999", "\"\\ud800\"", "{\"lineItems\":", "{\"lineItems\":null}",
            "{\"lineItems\":[]}", "{\"lineItems\":[null]}", "{\"lineItems\":[{}]}", "{\"lineItems\":[1,2,3]}",
            "{\"lineItems\":[{\"catalogItemId\":{},\"quantity\":1,\"billingCycle\":\"monthly\"}]}",
            "{\"lineItems\":[{\"catalogItemId\":\"X\",\"quantity\":-5,\"billingCycle\":\"monthly\"}]}",
            "{\"lineItems\":[{\"catalogItemId\":\"X\",\"quantity\":1e3,\"billingCycle\":[]}]}",
            "{\"lineItems\":[{\"id\":\"abc\",\"catalogItemId\":\"X\",\"quantity\":1,\"billingCycle\":\"monthly\"}]}",
            "{\"status\":7}", "{\"status\":\"completed\"}", "{\"billingProfile\":{\"defaultAddress\":{\"country\":\"ZZ\"}}}",
            "{\"billingProfile\":\"US\"}", "{\"companyProfile\":[]}", "/* only a comment */", "{\"a\":1,}x",
            String(repeating: "[", count: 5_000), String(repeating: "{\"a\":", count: 200) + "1" + String(repeating: "}", count: 200),
        ]
        var text = broken[Int(generator.next() % UInt64(broken.count))]
        switch generator.next() % 5 {
        case 0: text += String(repeating: "\u{0}", count: Int(generator.next() % 4))
        case 1: text = String(text.prefix(Int(generator.next() % UInt64(max(1, text.count)))))
        case 2: text = "\u{FEFF}" + text + " 🚀 ünï"
        default: break
        }
        var bytes = Array(text.utf8)
        if generator.next() % 7 == 0, !bytes.isEmpty {
            bytes[Int(generator.next() % UInt64(bytes.count))] = UInt8(truncatingIfNeeded: generator.next())
        }
        return Data(bytes)
    }
}

/// Header values that must be tolerated or replaced, never trusted.
enum MalformedHeaders {
    static func make(_ generator: inout SeededGenerator) -> [(String, String)] {
        switch generator.next() % 6 {
        case 0: return [("MS-RequestId", String(repeating: "r", count: 400))]
        case 1: return [("MS-CorrelationId", "not a guid at all; {}<>")]
        case 2: return [("If-Match", "\"\"\",W/,*,")]
        case 3: return [("X-Locale", String(repeating: "x", count: 1_000))]
        case 4: return [("Content-Type", "text/plain")]
        default: return []
        }
    }
}

/// Paths with their ids replaced by odd text.
enum MalformedPaths {
    static func mangle(_ path: String, _ generator: inout SeededGenerator) -> String {
        guard generator.next() % 3 == 0 else { return path }
        let odd = ["%00", "..%2F..%2F", "%F0%9F%9A%80", "%zz", String(repeating: "a", count: 300), "'%20OR%201=1"]
        var parts = path.split(separator: "/").map(String.init)
        parts[parts.count - 1] = odd[Int(generator.next() % UInt64(odd.count))]
        return "/" + parts.joined(separator: "/")
    }
}

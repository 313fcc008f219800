import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1

/// Sends real HTTP requests to a test server as one partner.
struct PartnerHTTPClient: Sendable {
    let baseURL: String
    let token: String?
    /// The client that sends (the shared one follows redirects; ``HTTPClient/notFollowingRedirects`` does not).
    var httpClient: HTTPClient = .shared

    /// Sends a request; `body` is sent as it is, `headers` are added after the defaults.
    func send(_ method: HTTPMethod, _ path: String, body: Data? = nil, headers: [(String, String)] = [],
              authorized: Bool = true) async throws -> TestResponse {
        var request = HTTPClientRequest(url: baseURL + path)
        request.method = method
        if authorized, let token { request.headers.add(name: "Authorization", value: "Bearer \(token)") }
        request.headers.add(name: "Accept", value: "application/json")
        if let body {
            request.headers.add(name: "Content-Type", value: "application/json")
            request.body = .bytes(ByteBuffer(bytes: body))
        }
        for (name, value) in headers { request.headers.replaceOrAdd(name: name, value: value) }
        let response = try await httpClient.execute(request, timeout: .seconds(60))
        let buffer = try await response.body.collect(upTo: 32 << 20)
        return TestResponse(status: Int(response.status.code), headers: response.headers, body: Data(buffer.readableBytesView))
    }

    /// Sends a JSON value.
    func send(_ method: HTTPMethod, _ path: String, json: Any, headers: [(String, String)] = []) async throws -> TestResponse {
        try await send(method, path, body: try JSONSerialization.data(withJSONObject: json), headers: headers)
    }

    /// Creates a customer in `country` and returns its id.
    func createCustomer(country: String = "US", name: String = "Contoso") async throws -> String {
        let response = try await send(.POST, "/v1/customers", json: [
            "companyProfile": ["companyName": name, "domain": "\(name.lowercased()).onmicrosoft.com"],
            "billingProfile": ["defaultAddress": ["country": country]],
        ])
        guard response.status == 201, let id = try response.object()["id"] as? String else {
            throw TestResponseError.unexpected(response.status, response.text)
        }
        return id
    }
}

extension HTTPClient {
    /// A client that hands redirects back instead of following them, to look at a redirect itself.
    static let notFollowingRedirects = HTTPClient(
        eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: HTTPClient.Configuration(redirectConfiguration: .disallow))
}

/// An HTTP answer, with helpers to read its JSON.
struct TestResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: Data

    var text: String { String(decoding: body, as: UTF8.self) }

    func object() throws -> [String: Any] {
        guard let object = try JSONSerialization.jsonObject(with: body) as? [String: Any] else {
            throw TestResponseError.notAnObject(text)
        }
        return object
    }

    func header(_ name: String) -> String? { headers.first(name: name) }

    /// The Partner Center error code of an error answer.
    func errorCode() throws -> Int? { try object()["code"] as? Int }

    /// The description of an error answer.
    func errorDescription() throws -> String { try object()["description"] as? String ?? "" }
}

enum TestResponseError: Error {
    case unexpected(Int, String)
    case notAnObject(String)
}

/// Reads fixtures shipped with the tests.
enum Fixtures {
    static func data(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw FixtureError.missing(name)
        }
        return try Data(contentsOf: url)
    }

    enum FixtureError: Error {
        case missing(String)
    }
}

extension PartnerHTTPClient {
    /// Creates the seed page's cart for a customer and returns its id.
    func createSeedCart(customer: String) async throws -> String {
        let response = try await send(.POST, "/v1/customers/\(customer)/carts", body: try Fixtures.data("seed-create-cart.json"))
        guard response.status == 201, let id = try response.object()["id"] as? String else {
            throw TestResponseError.unexpected(response.status, response.text)
        }
        return id
    }

    /// Creates a cart from line items given as JSON objects; returns the whole answer.
    func createCart(customer: String, items: [[String: Any]]) async throws -> TestResponse {
        try await send(.POST, "/v1/customers/\(customer)/carts", json: ["lineItems": items])
    }

    /// Creates a cart from line items given as JSON objects; returns its id.
    func createdCartId(customer: String, items: [[String: Any]]) async throws -> String {
        let response = try await createCart(customer: customer, items: items)
        guard response.status == 201, let id = try response.object()["id"] as? String else {
            throw TestResponseError.unexpected(response.status, response.text)
        }
        return id
    }

    /// Polls `path` until `done` holds for its JSON, or fails after `timeout` seconds.
    func waitFor(_ path: String, timeout: Double = 15, until done: ([String: Any]) -> Bool) async throws -> [String: Any] {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let response = try await send(.GET, path)
            let object = try response.object()
            if response.status == 200, done(object) { return object }
            guard Date() < deadline else { throw TestResponseError.unexpected(response.status, "timed out: \(response.text)") }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}

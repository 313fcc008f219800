import Foundation

/// The operator tenant the tests' operator tokens name.
enum OperatorFixtures {
    static let tenant = "99999999-9999-4999-8999-999999999999"
}

extension TestServer {
    /// A client holding an operator token (role `PartnerCommerce.Operator`).
    func operatorClient() async throws -> PartnerHTTPClient {
        PartnerHTTPClient(baseURL: baseURL,
                          token: try await parts.tokens.mint(partnerTenant: OperatorFixtures.tenant, user: nil, isOperator: true))
    }
}

extension TestResponse {
    /// The `items` of a collection answer.
    func items() throws -> [[String: Any]] {
        try object()["items"] as? [[String: Any]] ?? []
    }
}

/// A `/metrics` page read into its samples: `name{label="value",...}` (as written) to value.
struct MetricsPage {
    let samples: [String: Double]

    init(_ text: String) throws {
        var samples: [String: Double] = [:]
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            guard let space = line.lastIndex(of: " ") else { throw MetricsPageError.unreadable(String(line)) }
            let value = line[line.index(after: space)...]
            guard let number = value == "+Inf" ? Double.infinity : Double(value) else {
                throw MetricsPageError.unreadable(String(line))
            }
            samples[String(line[..<space])] = number
        }
        self.samples = samples
    }

    /// The value of a sample, 0 when the page does not have it (a counter not yet moved).
    func value(_ name: String, _ labels: KeyValuePairs<String, String> = [:]) -> Double {
        let key = labels.isEmpty ? name : name + "{" + labels.map { "\($0.key)=\"\($0.value)\"" }.joined(separator: ",") + "}"
        return samples[key] ?? 0
    }

    enum MetricsPageError: Error {
        case unreadable(String)
    }
}

extension PartnerHTTPClient {
    /// `GET /metrics`, read.
    func metrics() async throws -> MetricsPage {
        let response = try await send(.GET, "/metrics", authorized: false)
        guard response.status == 200 else { throw TestResponseError.unexpected(response.status, response.text) }
        return try MetricsPage(response.text)
    }

    /// Adds a fault rule and returns its id.
    func addFault(_ rule: [String: Any]) async throws -> String {
        let response = try await send(.POST, "/admin/faults", json: rule)
        guard response.status == 201, let id = try response.object()["id"] as? String else {
            throw TestResponseError.unexpected(response.status, response.text)
        }
        return id
    }
}

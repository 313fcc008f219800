import Foundation
import NIOHTTP1
import PartnerCenterModels

/// One operation to send: method, target, body and the headers it needs beyond the standard set.
struct PartnerRequest: Sendable {
    /// The HTTP method.
    let method: HTTPMethod
    /// The path and query after the base URL (`/v1/...`), or an absolute URL from a link.
    let target: String
    /// The JSON body, when there is one.
    let body: Data?
    /// Extra headers: a link's headers, `If-Match`, `x-ms-customeruser-upn`.
    let headers: [(name: String, value: String)]

    init(_ method: HTTPMethod, _ path: ResourcePath, body: Data? = nil, headers: [(name: String, value: String)] = []) {
        self.method = method
        self.target = path.rendered
        self.body = body
        self.headers = headers
    }

    /// A request that follows a link as Partner Center's SDKs do: a relative URI is under `/v1` (prepended when
    /// missing), an absolute one is used as it is, and every header the link names is added.
    init(following link: Link) {
        self.method = HTTPMethod(rawValue: link.method.uppercased())
        if link.uri.contains("://") {
            self.target = link.uri
        } else {
            let path = link.uri.hasPrefix("/") ? link.uri : "/" + link.uri
            let underVersion = path.lowercased().hasPrefix("/v1/") || path.lowercased() == "/v1"
            self.target = underVersion ? path : "/v1" + path
        }
        self.body = nil
        self.headers = link.headers.map { (name: $0.key, value: $0.value) }
    }

    /// The full URL against a base URL without a trailing slash.
    func url(base: String) -> String {
        target.contains("://") ? target : base + target
    }

    /// `POST /v1/...`, for messages.
    var summary: String {
        "\(method.rawValue) \(target)"
    }
}

/// A successful answer: status, headers and the whole body.
struct PartnerResponse: Sendable {
    let status: Int
    let headers: HTTPHeaders
    let body: Data
}

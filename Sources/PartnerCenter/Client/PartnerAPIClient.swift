import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import PartnerCenterModels

/// Sends operations to Partner Center: adds the standard headers, retries as the ``RetryPolicy`` says with one
/// `MS-RequestId` per operation, maps failures to ``PartnerError`` and decodes answers tolerantly.
struct PartnerAPIClient: Sendable {
    /// The service root without a trailing slash, e.g. `https://api.partnercenter.microsoft.com`.
    let baseURL: String
    let credentials: PartnerCredentials
    let configuration: PartnerServiceConfiguration
    let context: RequestContext
    let httpClient: HTTPClient

    /// The SDK's version, sent as `MS-SdkVersion`.
    static let sdkVersion = "1.0.0"

    /// Sends a request until it succeeds or the retry policy gives up; returns the 2xx answer.
    func send(_ request: PartnerRequest) async throws -> PartnerResponse {
        let requestId = context.requestId ?? UUID().uuidString.lowercased()
        let policy = configuration.retryPolicy
        var retries = 0
        while true {
            let failure: PartnerError
            do {
                return try await attempt(request, requestId: requestId)
            } catch let error as PartnerError {
                failure = error
            }
            guard let delay = Self.delay(before: retries, after: failure, policy: policy) else { throw failure }
            try await policy.sleep(delay)
            retries += 1
        }
    }

    /// How long to wait before retry number `retry` (0-based) after `failure`, or `nil` to give up.
    static func delay(before retry: Int, after failure: PartnerError, policy: RetryPolicy) -> Duration? {
        guard retry < policy.backoff.count else { return nil }
        switch failure.category {
        case .transport, .server:
            return policy.backoff[retry]
        case .throttled(let retryAfter):
            guard let retryAfter, retryAfter <= policy.maximumRetryAfter else { return nil }
            return retryAfter
        case .badInput, .unauthorized, .forbidden, .notFound, .conflict:
            return nil
        }
    }

    /// Sends a request and decodes its answer.
    func send<Answer: Decodable>(_ request: PartnerRequest, expecting: Answer.Type) async throws -> Answer {
        let response = try await send(request)
        do {
            return try TolerantJSONDecoder().decode(Answer.self, from: response.body)
        } catch {
            throw PartnerError(
                category: .server,
                description: "The answer to \(request.summary) could not be read as \(Answer.self): \(error.description)",
                httpStatus: response.status, requestId: response.headers.first(name: "MS-RequestId") ?? "",
                correlationId: context.correlationId)
        }
    }

    /// Encodes a body the way Partner Center answers are written: camelCase, snake_case enums, nulls omitted.
    func encode<Body: Encodable>(_ body: Body) throws -> Data {
        do {
            return try PartnerJSONEncoder().encode(body)
        } catch {
            throw PartnerError(category: .badInput, description: "The request body could not be encoded: \(error)",
                               requestId: context.requestId ?? "", correlationId: context.correlationId)
        }
    }

    private func attempt(_ request: PartnerRequest, requestId: String) async throws -> PartnerResponse {
        var http = HTTPClientRequest(url: request.url(base: baseURL))
        http.method = request.method
        http.headers = try await headers(for: request, requestId: requestId)
        if let body = request.body { http.body = .bytes(ByteBuffer(bytes: body)) }
        let status: Int
        let headers: HTTPHeaders
        let body: Data
        do {
            let response = try await httpClient.execute(http, timeout: TimeAmount(configuration.timeout))
            status = Int(response.status.code)
            headers = response.headers
            body = Data(try await response.body.collect(upTo: configuration.maximumResponseBytes).readableBytesView)
        } catch {
            if Task.isCancelled { throw CancellationError() }
            throw PartnerError(category: .transport, description: "\(request.summary) failed: \(Self.describe(error))",
                               requestId: requestId, correlationId: context.correlationId)
        }
        guard (200..<300).contains(status) else {
            throw ErrorAnswerReader.error(status: status, headers: headers, body: body, requestId: requestId,
                                          correlationId: context.correlationId)
        }
        var echoed = headers
        echoed.replaceOrAdd(name: "MS-RequestId", value: requestId)
        return PartnerResponse(status: status, headers: echoed, body: body)
    }

    private func headers(for request: PartnerRequest, requestId: String) async throws -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.add(name: "Accept", value: "application/json")
        headers.add(name: "MS-RequestId", value: requestId)
        headers.add(name: "MS-CorrelationId", value: context.correlationId)
        headers.add(name: "X-Locale", value: context.locale)
        headers.add(name: "MS-PartnerCenter-Client", value: configuration.clientName)
        headers.add(name: "MS-SdkVersion", value: Self.sdkVersion)
        if let application = configuration.applicationName {
            headers.add(name: "MS-PartnerCenter-Application", value: application)
        }
        if let token = try await token(requestId: requestId) {
            headers.add(name: "Authorization", value: "Bearer \(token)")
        }
        if request.body != nil { headers.add(name: "Content-Type", value: "application/json") }
        for header in request.headers { headers.replaceOrAdd(name: header.name, value: header.value) }
        return headers
    }

    private func token(requestId: String) async throws -> String? {
        do {
            return try await credentials.token()
        } catch {
            if error is CancellationError { throw error }
            throw PartnerError(category: .unauthorized, description: "The credentials gave no token: \(error)",
                               requestId: requestId, correlationId: context.correlationId)
        }
    }

    private static func describe(_ error: any Error) -> String {
        if let error = error as? HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .writeTimeout: return "timed out (\(error))"
            default: return "\(error)"
            }
        }
        return String(describing: error)
    }
}

extension TimeAmount {
    /// The same span as a `Duration`, to the nanosecond.
    init(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        self = .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

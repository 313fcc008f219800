import HTTPTypes
import CommerceCore
import Foundation
import Hummingbird

/// Reads Partner Center's request headers and writes its response headers: `MS-RequestId` and
/// `MS-CorrelationId` echoed (a GUID generated for a missing one), `MS-CV`, `MS-ServerId`, `X-Locale`.
struct RequestHeadersMiddleware: RouterMiddleware {
    typealias Context = CommerceRequestContext
    let serverId: String

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        let sentRequestId = request.headers[.msRequestId].flatMap(Self.sanitized)
        context.requestIds.requestId = sentRequestId ?? ResourceIdentifiers.guid()
        context.requestIds.clientSentRequestId = sentRequestId != nil
        context.requestIds.correlationId = request.headers[.msCorrelationId].flatMap(Self.sanitized) ?? ResourceIdentifiers.guid()
        context.requestIds.locale = request.headers[.xLocale].flatMap(Self.sanitized) ?? "en-US"
        var response = try await next(request, context)
        response.headers[.msRequestId] = context.requestIds.requestId
        response.headers[.msCorrelationId] = context.requestIds.correlationId
        response.headers[.msCV] = Self.correlationVector()
        response.headers[.msServerId] = serverId
        response.headers[.xLocale] = context.requestIds.locale
        return response
    }

    /// Header values are echoed, so anything long or with control characters is replaced by a fresh id.
    private static func sanitized(_ value: String) -> String? {
        let bytes = value.utf8
        guard bytes.count <= 128, bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        // Printable ASCII only, so the space is the only whitespace left to trim.
        guard let first = bytes.firstIndex(where: { $0 != 0x20 }), let last = bytes.lastIndex(where: { $0 != 0x20 }) else {
            return nil
        }
        return first == bytes.startIndex && last == bytes.index(before: bytes.endIndex) ? value : String(value[first...last])
    }

    /// A correlation vector in Partner Center's shape (16 base-64 characters, `.0`), from two random words.
    private static func correlationVector() -> String {
        var generator = PooledSystemRandomNumberGenerator()
        return IdentifierText.base64Characters(16, from: [generator.next(), generator.next()]) + ".0"
    }
}

extension HTTPField.Name {
    static let msRequestId = named("MS-RequestId")
    static let msCorrelationId = named("MS-CorrelationId")
    static let msCV = named("MS-CV")
    static let msServerId = named("MS-ServerId")
    static let xLocale = named("X-Locale")
    static let msIdempotentReplay = named("MS-Idempotent-Replay")

    /// A header name from a literal that is a valid token (the fallback is never taken).
    private static func named(_ literal: String) -> HTTPField.Name {
        HTTPField.Name(literal) ?? .via
    }
}

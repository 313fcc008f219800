import CommerceStore
import Foundation
import Hummingbird
import NIOCore
import PartnerCenterModels

/// Builds responses with Partner Center's JSON conventions: camelCase, nulls omitted, 7-digit UTC timestamps,
/// `Content-Type: application/json; charset=utf-8`.
enum JSONResponse {
    static let contentType = "application/json; charset=utf-8"

    /// A response carrying `value` encoded.
    static func make<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        try bytes(PartnerJSONEncoder().encode(value), status: status)
    }

    /// The answer a write rendered, or a recorded one (then marked `MS-Idempotent-Replay: true`).
    static func answer(_ answer: IdempotentAnswer, replay: Bool = false) -> Response {
        var headers = HTTPFields()
        if replay { headers[.msIdempotentReplay] = "true" }
        if let etag = answer.etag { headers[.eTag] = etag }
        let status = HTTPResponse.Status(code: answer.status)
        if answer.body.isEmpty { return Response(status: status, headers: headers) }
        return bytes(answer.body, status: status, headers: headers)
    }

    /// The answer of `value` encoded, for ``AnsweredWrite``.
    static func rendered<T: Encodable>(_ value: T, status: HTTPResponse.Status, etag: String? = nil) throws -> IdempotentAnswer {
        IdempotentAnswer(status: Int(status.code), body: try PartnerJSONEncoder().encode(value), etag: etag)
    }

    /// A response carrying JSON bytes that are already encoded (stored answers are sent as they are).
    static func bytes(_ data: Data, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        ResponseRecorder.current?.record(data)
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

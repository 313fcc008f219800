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

    /// A response carrying JSON bytes that are already encoded (stored answers are sent as they are).
    static func bytes(_ data: Data, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        ResponseRecorder.current?.record(data)
        var fields = headers
        fields[.contentType] = contentType
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

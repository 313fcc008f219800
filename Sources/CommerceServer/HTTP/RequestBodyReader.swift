import CommerceCore
import Foundation
import Hummingbird
import NIOCore
import PartnerCenterModels

/// Reads a request body into a model with the tolerant decoder of SPEC section 2, turning every problem into
/// a Partner Center error that names the JSON path.
enum RequestBodyReader {
    /// The largest body accepted.
    static let maximumBytes = 1 << 20

    /// The body's bytes, refusing more than ``maximumBytes`` with 413 and a body that missed its deadline
    /// (``RequestBodyDeadline``) with 408.
    static func bytes(of request: Request) async throws -> Data {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maximumBytes {
            throw CommerceError.bodyTooLarge(limit: maximumBytes)
        }
        do {
            let buffer = try await request.body.collect(upTo: maximumBytes)
            return Data(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw CommerceError.bodyTooLarge(limit: maximumBytes)
        } catch let missed as RequestBodyDeadline.Exceeded {
            throw CommerceError.bodyTooSlow(seconds: missed.seconds)
        }
    }

    /// Decodes the body as `T`; an empty body is reported as a missing body.
    static func decode<T: Decodable>(_ type: T.Type, from request: Request) async throws -> T {
        let data = try await bytes(of: request)
        guard data.contains(where: { !$0.isWhitespaceByte }) else {
            throw CommerceError.invalidInput("", "a JSON body is required.")
        }
        return try decode(type, fromBytes: data)
    }

    /// Decodes JSON bytes as `T`, reporting a problem as 400 800002 with its JSON path.
    static func decode<T: Decodable>(_ type: T.Type, fromBytes data: Data) throws(CommerceError) -> T {
        do {
            return try TolerantJSONDecoder().decode(type, from: data)
        } catch {
            throw .invalidInput(error.path, error.message)
        }
    }
}

private extension UInt8 {
    var isWhitespaceByte: Bool { self == 0x20 || self == 0x0A || self == 0x0D || self == 0x09 }
}

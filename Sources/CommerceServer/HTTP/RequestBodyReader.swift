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

    /// Seconds the whole body may take to arrive, for the request the current task serves (set per server by
    /// ``RequestHeadersMiddleware``).
    @TaskLocal static var maximumWait = 30

    /// The body's bytes, refusing more than ``maximumBytes`` with 413 and a body slower than ``maximumWait``
    /// with 408.
    static func bytes(of request: Request) async throws -> Data {
        if let length = request.headers[.contentLength].flatMap(Int.init), length > maximumBytes {
            throw CommerceError.bodyTooLarge(limit: maximumBytes)
        }
        let seconds = maximumWait
        do {
            let buffer = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask { try await request.body.collect(upTo: maximumBytes) }
                group.addTask {
                    try await Task.sleep(for: .seconds(seconds))
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let buffer = first else { throw CommerceError.bodyTooSlow(seconds: seconds) }
                return buffer
            }
            return Data(buffer.readableBytesView)
        } catch is NIOTooManyBytesError {
            throw CommerceError.bodyTooLarge(limit: maximumBytes)
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

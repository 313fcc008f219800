import CommerceCore
import Foundation
import HTTPTypes
import NIOCore
import NIOHTTP1
import NIOHTTPTypes
import PartnerCenterModels

/// Answers a request the HTTP parser refused (header fields too large or too many, a malformed request line)
/// with Partner Center's error body, where the framework alone would send an empty 400, then closes the
/// connection.
final class ParserErrorResponder: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart
    typealias OutboundOut = HTTPResponsePart

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        context.fireChannelRead(data)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parserError = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        let refusal = Self.refusal(for: parserError)
        let fault = ApiFault(code: refusal.code, description: refusal.description, data: refusal.data)
        let body = (try? PartnerJSONEncoder().encode(fault)) ?? Data()
        var head = HTTPResponse(status: HTTPResponse.Status(code: refusal.httpStatus))
        head.headerFields[.contentType] = "application/json; charset=utf-8"
        head.headerFields[.contentLength] = String(body.count)
        head.headerFields[.connection] = "close"
        context.write(wrapOutboundOut(.head(head)), promise: nil)
        context.write(wrapOutboundOut(.body(ByteBuffer(bytes: body))), promise: nil)
        context.writeAndFlush(wrapOutboundOut(.end(nil)), promise: nil)
        context.close(promise: nil)
    }

    static func refusal(for error: HTTPParserError) -> CommerceError {
        if error == .headerOverflow {
            return CommerceError(httpStatus: 431, code: 800002, description: """
                The request's header fields are too large: at most \(HeaderLimits.fieldBytes / 1024) KiB per field, \
                \(HeaderLimits.totalBytes / 1024) KiB in all and \(HeaderLimits.fieldCount) fields.
                """)
        }
        return CommerceError(httpStatus: 400, code: 800002, description: "The request is not valid HTTP/1.1 (\(error)).")
    }
}

/// The limits on a request's header fields.
enum HeaderLimits {
    /// The largest single header field (name and value), in bytes.
    static let fieldBytes = 16 * 1024
    /// The largest header section, in bytes.
    static let totalBytes = 64 * 1024
    /// The most header fields.
    static let fieldCount = 100
}

import NIOCore
import NIOHTTP1
import NIOPosix

/// One keep-alive HTTP/1.1 connection to the server, carrying one request at a time.
///
/// The benchmark shares the server's two cores, so every cycle it spends is taken from what it measures. A
/// general client keeps a pool, a state machine and a task per request; this is a channel with NIO's HTTP codec
/// and one handler that answers the waiting request when the response ends.
final class BenchConnection: Sendable {
    /// A complete response.
    struct Response: Sendable {
        let status: Int
        let body: ByteBuffer
    }

    private let channel: any Channel

    private init(channel: any Channel) {
        self.channel = channel
    }

    /// Whether the connection can still carry a request.
    var isActive: Bool { channel.isActive }

    /// Connects to `host` and `port`; a response not complete within `timeout` fails its request and closes the
    /// connection.
    static func connect(host: String, port: Int, timeout: TimeAmount) async throws -> BenchConnection {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connectTimeout(.seconds(10))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHTTPClientHandlers()
                    try channel.pipeline.syncOperations.addHandler(IdleStateHandler(readTimeout: timeout))
                    try channel.pipeline.syncOperations.addHandler(ExchangeHandler())
                }
            }
            .connect(host: host, port: port)
            .get()
        return BenchConnection(channel: channel)
    }

    /// Sends a request and waits for its whole response.
    func exchange(_ head: HTTPRequestHead, body: ByteBuffer?) async throws -> Response {
        let answered = channel.eventLoop.makePromise(of: Response.self)
        channel.writeAndFlush(Exchange(head: head, body: body, answered: answered)).cascadeFailure(to: answered)
        return try await answered.futureResult.get()
    }

    func close() {
        channel.close(promise: nil)
    }
}

/// No response came within the connection's timeout.
struct ResponseTimedOut: Error {}

/// A request on its way to the channel, with the promise its response completes.
private struct Exchange: Sendable {
    let head: HTTPRequestHead
    let body: ByteBuffer?
    let answered: EventLoopPromise<BenchConnection.Response>
}

/// Writes each exchange's request and gathers its response; a connection lost or timed out fails the request
/// waiting on it.
private final class ExchangeHandler: ChannelDuplexHandler {
    typealias OutboundIn = Exchange
    typealias OutboundOut = HTTPClientRequestPart
    typealias InboundIn = HTTPClientResponsePart

    private var waiting: EventLoopPromise<BenchConnection.Response>?
    private var status = 0
    private var body: ByteBuffer?

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        let exchange = unwrapOutboundIn(data)
        guard waiting == nil else {
            exchange.answered.fail(ChannelError.inappropriateOperationForState)
            promise?.fail(ChannelError.inappropriateOperationForState)
            return
        }
        waiting = exchange.answered
        context.write(wrapOutboundOut(.head(exchange.head)), promise: nil)
        if let body = exchange.body { context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil) }
        context.write(wrapOutboundOut(.end(nil)), promise: promise)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head(let head):
            status = Int(head.status.code)
            body = nil
        case .body(var part):
            if body == nil { body = part } else { body?.writeBuffer(&part) }
        case .end:
            let answered = waiting
            waiting = nil
            answered?.succeed(BenchConnection.Response(status: status, body: body ?? ByteBuffer()))
            body = nil
        }
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent, waiting != nil {
            fail(ResponseTimedOut(), context: context)
        } else {
            context.fireUserInboundEventTriggered(event)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        fail(error, context: context)
    }

    func channelInactive(context: ChannelHandlerContext) {
        waiting?.fail(ChannelError.ioOnClosedChannel)
        waiting = nil
        context.fireChannelInactive()
    }

    private func fail(_ error: any Error, context: ChannelHandlerContext) {
        waiting?.fail(error)
        waiting = nil
        context.close(promise: nil)
    }
}

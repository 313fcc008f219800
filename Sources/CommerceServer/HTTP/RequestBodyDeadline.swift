import NIOCore
import NIOHTTPTypes

/// Gives each request's body a deadline on the connection itself: a request whose end has not arrived the given
/// number of seconds after its head fails its body stream with ``RequestBodyDeadline/Exceeded``, which
/// ``RequestBodyReader`` answers with 408.
///
/// The deadline is a callback on the connection's event loop, set when a head arrives and cancelled when the
/// request's end does. The earlier way, racing every body read against a sleeping task, cost two tasks and a
/// timer per request, and each timer stayed in the runtime's timer queue for its whole wait after the body had
/// arrived: on the `flow` benchmark about a tenth of the server's CPU (docs/performance.md).
final class RequestBodyDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    /// The error a body stream fails with when its deadline passes.
    struct Exceeded: Error {
        /// The deadline, in seconds after the request's head.
        let seconds: Int
    }

    private let seconds: Int
    private var pending: NIOScheduledCallback?

    /// - Parameter seconds: how long after its head a request's end may arrive.
    init(seconds: Int) {
        self.seconds = seconds
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            cancel()
            pending = try? context.eventLoop.assumeIsolated().scheduleCallback(
                in: .seconds(Int64(seconds)), handler: Expiry(context: context, deadline: self))
        case .end:
            cancel()
        case .body:
            break
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancel()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancel()
    }

    private func cancel() {
        pending?.cancel()
        pending = nil
    }

    fileprivate func expire(context: ChannelHandlerContext) {
        pending = nil
        context.fireErrorCaught(Exceeded(seconds: seconds))
    }

    /// Runs on the connection's event loop when a deadline passes.
    private struct Expiry: NIOScheduledCallbackHandler {
        let context: ChannelHandlerContext
        let deadline: RequestBodyDeadline

        func handleScheduledCallback(eventLoop: some EventLoop) {
            deadline.expire(context: context)
        }
    }
}

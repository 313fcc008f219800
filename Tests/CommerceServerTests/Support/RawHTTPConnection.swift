import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A plain TCP connection to a test server, for requests an HTTP client library will not send: a body that
/// stops half way, say.
///
/// Reads block on the socket, so they run on a thread of their own: the test server runs in the same process,
/// and a read holding one of the concurrency pool's few threads could keep it from answering.
///
/// `@unchecked Sendable`: the only stored property is the socket descriptor, a constant, and the system's socket
/// calls may be made from any thread; a test makes one call at a time.
final class RawHTTPConnection: @unchecked Sendable {
    private let socketDescriptor: Int32

    /// Connects to `127.0.0.1:port`.
    init(port: Int) throws {
        socketDescriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socketDescriptor >= 0 else { throw RawHTTPConnectionError.socket }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socketDescriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            close(socketDescriptor)
            throw RawHTTPConnectionError.connect
        }
    }

    deinit {
        close(socketDescriptor)
    }

    /// Sends bytes as they are.
    func send(_ text: String) {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { Glibc.send(socketDescriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// One response, read up to the end of the body its `Content-Length` announces, leaving the connection open;
    /// empty if the server closes the connection first (or 30 seconds pass).
    func readResponse() async -> String {
        await onOwnThread { $0.blockingReadResponse() }
    }

    /// Everything the server sends until it closes the connection (or 30 seconds pass).
    func readUntilClosed() async -> String {
        await onOwnThread { $0.blockingReadUntilClosed() }
    }

    private func onOwnThread(_ read: @escaping @Sendable (RawHTTPConnection) -> String) async -> String {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: read(self)) }.start()
        }
    }

    private func blockingReadResponse() -> String {
        let (received, complete) = blockingReceive(until: Self.isComplete)
        return complete ? String(decoding: received, as: UTF8.self) : ""
    }

    /// Whether `bytes` hold a response's head and as many body bytes as its `Content-Length` gives.
    private static func isComplete(_ bytes: [UInt8]) -> Bool {
        let text = String(decoding: bytes, as: UTF8.self)
        guard let headEnd = text.range(of: "\r\n\r\n") else { return false }
        let lengthLine = text[..<headEnd.lowerBound].split(separator: "\r\n")
            .first { $0.lowercased().hasPrefix("content-length:") }
        let length = lengthLine.flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        return text.utf8.count - text[..<headEnd.upperBound].utf8.count >= length
    }

    private func blockingReadUntilClosed() -> String {
        String(decoding: blockingReceive(until: { _ in false }).received, as: UTF8.self)
    }

    /// Receives until `isEnough` holds for what has arrived (`complete`), or until the server closes the
    /// connection or 30 seconds pass.
    private func blockingReceive(until isEnough: ([UInt8]) -> Bool) -> (received: [UInt8], complete: Bool) {
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(socketDescriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var received = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !isEnough(received) {
            let count = chunk.withUnsafeMutableBytes { recv(socketDescriptor, $0.baseAddress, $0.count, 0) }
            guard count > 0 else { return (received, false) }
            received.append(contentsOf: chunk[0..<count])
        }
        return (received, true)
    }
}

enum RawHTTPConnectionError: Error {
    case socket
    case connect
}

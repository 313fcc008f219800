import Synchronization
import CommerceCore
import CommerceStore
import Crypto
import Foundation
import Hummingbird
import NIOCore

/// `MS-RequestId` idempotency for POST, PUT, PATCH and DELETE (SPEC section 7).
///
/// The request id is written in the same transaction as the request's effect (see ``IdempotencyClaim``), and
/// the answer right after, before it is sent. A repeat of the same request replays the recorded answer with
/// `MS-Idempotent-Replay: true`; the same id with a different method, path or body answers 400 800002; a
/// repeat while the first is still running answers 409 800064. Successful writes record their answer with their
/// effect (``AnsweredWrite``), so a request whose process died between the commit and the answer replays. A
/// request id recorded without an answer answers 409 for ``abandonedAfter`` seconds, then runs again.
struct IdempotencyMiddleware: RouterMiddleware {
    typealias Context = CommerceRequestContext
    let store: any CommerceStore
    /// See ``ServerConfiguration/crashAfterCommitPathSuffix``.
    let crashAfterCommitPathSuffix: String?
    let running = RunningRequests()
    /// How long a request id with an effect but no recorded answer is taken to be still running.
    let abandonedAfter: TimeInterval = 60

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        guard [.post, .put, .patch, .delete].contains(request.method), context.requestIds.clientSentRequestId,
              let partner = context.identity?.tenantId else {
            return try await next(request, context)
        }
        let requestId = context.requestIds.requestId
        var request = request
        let body = try await RequestBodyReader.bytes(of: request)
        request.body = RequestBody(buffer: ByteBuffer(bytes: body))
        let digest = Self.digest(method: request.method.rawValue, path: request.uri.description, body: body)

        guard running.start(partner: partner, requestId: requestId) else { throw CommerceError.requestStillRunning(requestId) }
        defer { running.finish(partner: partner, requestId: requestId) }
        if let record = try await store.idempotencyRecord(partnerId: partner, requestId: requestId) {
            guard record.digest == digest else { throw CommerceError.requestIdReused(requestId) }
            if let status = record.status {
                return JSONResponse.answer(IdempotentAnswer(status: status, body: record.body ?? Data(), etag: record.etag), replay: true)
            }
            guard Date().timeIntervalSince(record.createdAt) > abandonedAfter else { throw CommerceError.requestStillRunning(requestId) }
        }

        let claim = IdempotencyClaim(partnerId: partner, requestId: requestId, digest: digest, receivedAt: Date())
        let recorder = ResponseRecorder()
        let response = try await IdempotencyClaim.$current.withValue(claim) {
            try await ResponseRecorder.$current.withValue(recorder) { try await next(request, context) }
        }
        if recorder.recordedWithEffect, let suffix = crashAfterCommitPathSuffix, request.uri.path.hasSuffix(suffix) {
            kill(getpid(), SIGKILL)
        }
        if response.status.code < 500, !recorder.recordedWithEffect {
            try await store.recordIdempotentAnswer(claim, status: Int(response.status.code), body: recorder.body ?? Data(),
                                                   etag: response.headers[.eTag])
        }
        return response
    }

    static func digest(method: String, path: String, body: Data) -> String {
        var hash = SHA256()
        hash.update(data: Data("\(method)\n\(path)\n".utf8))
        hash.update(data: body)
        return hash.finalize().withUnsafeBytes { IdentifierText.hex(bytes: $0) }
    }
}

/// The partner request ids being served by this process.
final class RunningRequests: Sendable {
    private let keys = Mutex<Set<String>>([])

    /// Marks a request id as running; `false` when it already is.
    func start(partner: String, requestId: String) -> Bool {
        keys.withLock { $0.insert("\(partner)|\(requestId)").inserted }
    }

    func finish(partner: String, requestId: String) {
        _ = keys.withLock { $0.remove("\(partner)|\(requestId)") }
    }
}

/// Keeps the body a route answers with, so that it can be recorded for replays, and whether the store already
/// recorded the answer with the request's effect.
final class ResponseRecorder: Sendable {
    private let recorded = Mutex<Data?>(nil)
    private let answerStored = Atomic<Bool>(false)

    /// The body recorded, if any.
    var body: Data? { recorded.withLock { $0 } }

    /// Whether the answer was recorded in the same transaction as the effect (see ``AnsweredWrite``).
    var recordedWithEffect: Bool { answerStored.load(ordering: .acquiring) }

    func record(_ body: Data) {
        recorded.withLock { $0 = body }
    }

    func noteRecordedWithEffect() {
        answerStored.store(true, ordering: .releasing)
    }

    /// The recorder of the request the current task serves, if it is idempotent.
    @TaskLocal static var current: ResponseRecorder?
}

import CommerceStore
import Foundation
import Hummingbird
import Synchronization

/// Runs a store write together with the answer it leads to.
///
/// When the request carries an `MS-RequestId`, the store renders the answer inside the write's transaction and
/// records it with the effect (SPEC section 7), so a retry after the process died between the commit and the
/// answer replays that answer instead of running the request a second time. Without a request id, the answer
/// is rendered after the write.
enum AnsweredWrite {
    /// Performs `write` and answers with what `render` makes of its result. `render` may throw a refusal (for
    /// example "not found" when the write found nothing to change); the write is then rolled back.
    static func perform<Value: Sendable>(
        _ write: () async throws -> Value, answer render: @escaping @Sendable (Value) throws -> IdempotentAnswer
    ) async throws -> Response {
        guard var claim = IdempotencyClaim.current, let recorder = ResponseRecorder.current else {
            return JSONResponse.answer(try render(try await write()))
        }
        let rendered = RenderedAnswer()
        claim.renderAnswer = { value in
            guard let value = value as? Value else { return nil }
            let answer = try render(value)
            rendered.keep(answer)
            return answer
        }
        let value = try await IdempotencyClaim.$current.withValue(claim) { try await write() }
        if let answer = rendered.take() {
            recorder.noteRecordedWithEffect()
            return JSONResponse.answer(answer)
        }
        return JSONResponse.answer(try render(value))
    }
}

/// The answer rendered inside a write's transaction, handed back to the route after the commit.
private final class RenderedAnswer: Sendable {
    private let answer = Mutex<IdempotentAnswer?>(nil)

    func keep(_ rendered: IdempotentAnswer) {
        answer.withLock { $0 = rendered }
    }

    func take() -> IdempotentAnswer? {
        answer.withLock { $0 }
    }
}

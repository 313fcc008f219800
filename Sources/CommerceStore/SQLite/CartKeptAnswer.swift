import Foundation

/// A write's answer that its cart also keeps, byte for byte, as its stored checkout result: the idempotency
/// record of the request names the cart instead of holding a second copy (migration `v6`).
struct CartKeptAnswer: Sendable {
    /// The cart whose `checkout_result` holds the bytes.
    let cartId: String
    /// The bytes the cart keeps.
    let body: Data

    /// Whether `answer` is exactly what the cart keeps, so that naming the cart replays the same bytes.
    func holds(_ answer: IdempotentAnswer) -> Bool {
        answer.body == body
    }
}

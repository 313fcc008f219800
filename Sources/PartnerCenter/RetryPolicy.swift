/// When and how long a ``PartnerService`` waits before sending an operation again.
///
/// Transport failures, timeouts and 5xx answers are retried after each of ``backoff``'s delays in turn (Partner
/// Center's .NET SDK waits 0.5, 1.5 and 3.5 seconds). A 429 is retried after its `Retry-After` when that is at
/// most ``maximumRetryAfter``, and counts as one of the same retries; a longer wait, or a 429 without
/// `Retry-After`, is thrown as ``PartnerError/Category/throttled(retryAfter:)``. Every attempt of one operation
/// carries the same `MS-RequestId`, so the service can recognise a repeat (a retried checkout never buys twice).
public struct RetryPolicy: Sendable {
    /// The delays before the first, second, ... retry; their count is the number of retries.
    public var backoff: [Duration]
    /// The longest `Retry-After` the SDK waits out by itself.
    public var maximumRetryAfter: Duration
    /// How the SDK waits; replace it to observe or shorten the delays (tests).
    public var sleep: @Sendable (Duration) async throws -> Void

    /// Creates a policy.
    public init(
        backoff: [Duration] = [.milliseconds(500), .milliseconds(1_500), .milliseconds(3_500)],
        maximumRetryAfter: Duration = .seconds(30),
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }
    ) {
        self.backoff = backoff
        self.maximumRetryAfter = maximumRetryAfter
        self.sleep = sleep
    }

    /// Three retries after 0.5, 1.5 and 3.5 seconds; `Retry-After` waited out up to 30 seconds.
    public static let standard = RetryPolicy()

    /// Never retries: every failure is thrown at once.
    public static let disabled = RetryPolicy(backoff: [], maximumRetryAfter: .zero)

    /// How many times an operation is sent again at most.
    public var maximumRetries: Int { backoff.count }
}

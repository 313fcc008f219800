import PartnerCenter

/// Stands in for the retry policy's sleep: records each requested wait and returns at once.
actor SleepRecorder {
    private(set) var waits: [Duration] = []

    func record(_ wait: Duration) {
        waits.append(wait)
    }

    /// A configuration with the standard backoff whose waits are recorded here instead of slept.
    nonisolated func configuration(maximumRetryAfter: Duration = .seconds(30), timeout: Duration = .seconds(30))
        -> PartnerServiceConfiguration
    {
        PartnerServiceConfiguration(
            retryPolicy: RetryPolicy(maximumRetryAfter: maximumRetryAfter, sleep: { wait in await self.record(wait) }),
            timeout: timeout)
    }
}

/// The standard backoff of Partner Center's .NET SDK, which the Swift SDK copies.
let standardBackoff: [Duration] = [.milliseconds(500), .milliseconds(1_500), .milliseconds(3_500)]

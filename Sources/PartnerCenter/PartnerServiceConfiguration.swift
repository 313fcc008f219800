/// Settings of a ``PartnerService`` beyond its address and credentials.
public struct PartnerServiceConfiguration: Sendable {
    /// Retries of failed attempts.
    public var retryPolicy: RetryPolicy
    /// How long one attempt may take, from sending to the end of the answer (Partner Center's SDKs allow 3 minutes).
    public var timeout: Duration
    /// Sent as `MS-PartnerCenter-Client`.
    public var clientName: String
    /// Sent as `MS-PartnerCenter-Application` when set.
    public var applicationName: String?
    /// The largest answer body read, in bytes.
    public var maximumResponseBytes: Int

    /// Creates a configuration.
    public init(retryPolicy: RetryPolicy = .standard, timeout: Duration = .seconds(180),
                clientName: String = "Partner Center Swift SDK", applicationName: String? = nil,
                maximumResponseBytes: Int = 64 << 20) {
        self.retryPolicy = retryPolicy
        self.timeout = timeout
        self.clientName = clientName
        self.applicationName = applicationName
        self.maximumResponseBytes = maximumResponseBytes
    }
}

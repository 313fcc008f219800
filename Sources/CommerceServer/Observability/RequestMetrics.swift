/// Request counters and latency histograms by route, plus the counters derived from requests (checkouts,
/// idempotent replays, throttled requests, injected faults). A value type, kept under ``Telemetry``'s lock.
struct RequestMetrics: Sendable {
    /// Upper bounds of the latency buckets, in seconds.
    static let latencyBuckets: [Double] = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]

    struct RequestKey: Hashable, Sendable {
        let method: String
        let route: String
        let status: Int
    }

    struct RouteKey: Hashable, Sendable {
        let method: String
        let route: String
    }

    /// Counts per latency bucket (not cumulative; the last slot is above every bound), their sum and count.
    struct Histogram: Sendable {
        var bucketCounts = [Int](repeating: 0, count: RequestMetrics.latencyBuckets.count + 1)
        var sum = 0.0
        var count = 0

        mutating func observe(_ seconds: Double) {
            let index = RequestMetrics.latencyBuckets.firstIndex { seconds <= $0 } ?? RequestMetrics.latencyBuckets.count
            bucketCounts[index] += 1
            sum += seconds
            count += 1
        }
    }

    var requests: [RequestKey: Int] = [:]
    var latency: [RouteKey: Histogram] = [:]
    var checkouts: [Int: Int] = [:]
    var idempotentReplays = 0
    var throttled = 0
    var injectedFaults: [String: Int] = [:]

    /// The route pattern checkouts are counted under.
    static let checkoutRoute = "/v1/customers/:customerId/carts/:cartId/checkout"

    mutating func record(_ request: CompletedRequest) {
        requests[RequestKey(method: request.method, route: request.route, status: request.status), default: 0] += 1
        latency[RouteKey(method: request.method, route: request.route), default: Histogram()].observe(request.seconds)
        if request.method == "POST", request.route == Self.checkoutRoute { checkouts[request.status, default: 0] += 1 }
        if request.replayed { idempotentReplays += 1 }
        if request.status == 429 { throttled += 1 }
        if let rule = request.faultRule { injectedFaults[rule, default: 0] += 1 }
    }
}

/// One answered request, as the observation middleware hands it over.
struct CompletedRequest: Sendable {
    let method: String
    /// The route pattern (`/v1/customers/:customerId`), or `unmatched`.
    let route: String
    let status: Int
    let seconds: Double
    let replayed: Bool
    let faultRule: String?
}

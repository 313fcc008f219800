import Foundation

/// Renders ``Telemetry`` and a few values read at scrape time as the `/metrics` page.
struct MetricsExposition {
    let snapshot: Telemetry.State
    let requestsInFlight: Int
    /// Seconds the oldest due pending order has been waiting past its provisioning time (0 when none is late).
    let provisioningLagSeconds: Double
    /// How far the business clock is ahead of the system clock.
    let clockOffsetSeconds: Double

    var text: String {
        var out = PrometheusText()
        let requests = snapshot.requests
        out.family("partner_commerce_requests_total", type: "counter", help: "Requests answered, by method, route and status.")
        for (key, count) in requests.requests.sorted(by: { ($0.key.route, $0.key.method, $0.key.status) < ($1.key.route, $1.key.method, $1.key.status) }) {
            out.sample("partner_commerce_requests_total",
                       labels: ["method": key.method, "route": key.route, "status": String(key.status)], count)
        }
        out.family("partner_commerce_request_duration_seconds", type: "histogram", help: "Time to answer, by method and route.")
        for (key, histogram) in requests.latency.sorted(by: { ($0.key.route, $0.key.method) < ($1.key.route, $1.key.method) }) {
            var cumulative = 0
            for (index, bound) in RequestMetrics.latencyBuckets.enumerated() {
                cumulative += histogram.bucketCounts[index]
                out.sample("partner_commerce_request_duration_seconds_bucket",
                           labels: ["method": key.method, "route": key.route, "le": PrometheusText.number(bound)], cumulative)
            }
            out.sample("partner_commerce_request_duration_seconds_bucket",
                       labels: ["method": key.method, "route": key.route, "le": "+Inf"], histogram.count)
            out.sample("partner_commerce_request_duration_seconds_sum", labels: ["method": key.method, "route": key.route], histogram.sum)
            out.sample("partner_commerce_request_duration_seconds_count", labels: ["method": key.method, "route": key.route], histogram.count)
        }
        out.family("partner_commerce_requests_in_flight", type: "gauge", help: "Requests being served now.")
        out.sample("partner_commerce_requests_in_flight", requestsInFlight)
        out.family("partner_commerce_checkouts_total", type: "counter", help: "Cart checkouts answered, by status.")
        for (status, count) in requests.checkouts.sorted(by: { $0.key < $1.key }) {
            out.sample("partner_commerce_checkouts_total", labels: ["status": String(status)], count)
        }
        out.family("partner_commerce_orders_placed_total", type: "counter", help: "Orders placed, by their status when placed.")
        for (status, count) in snapshot.ordersPlaced.sorted(by: { $0.key < $1.key }) {
            out.sample("partner_commerce_orders_placed_total", labels: ["status": status], count)
        }
        out.family("partner_commerce_orders_provisioned_total", type: "counter", help: "Pending orders completed by provisioning.")
        out.sample("partner_commerce_orders_provisioned_total", snapshot.ordersProvisioned)
        out.family("partner_commerce_provisioning_lag_seconds", type: "gauge",
                   help: "How long the oldest due pending order has waited past its provisioning time.")
        out.sample("partner_commerce_provisioning_lag_seconds", provisioningLagSeconds)
        out.family("partner_commerce_idempotent_replays_total", type: "counter", help: "Answers replayed for a repeated MS-RequestId.")
        out.sample("partner_commerce_idempotent_replays_total", requests.idempotentReplays)
        out.family("partner_commerce_throttled_requests_total", type: "counter", help: "Requests answered 429.")
        out.sample("partner_commerce_throttled_requests_total", requests.throttled)
        out.family("partner_commerce_injected_faults_total", type: "counter", help: "Requests an operator's fault rule touched, by rule.")
        for (rule, count) in requests.injectedFaults.sorted(by: { $0.key < $1.key }) {
            out.sample("partner_commerce_injected_faults_total", labels: ["rule": rule], count)
        }
        out.family("partner_commerce_business_clock_offset_seconds", type: "gauge",
                   help: "How far the business clock has been moved ahead of the system clock.")
        out.sample("partner_commerce_business_clock_offset_seconds", clockOffsetSeconds)
        return out.text
    }
}

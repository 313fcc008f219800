import Foundation
import Synchronization

/// Token buckets per partner tenant and resource family, as Partner Center throttles: each bucket holds
/// `perMinute` requests and refills continuously. Kept per server instance.
final class RequestThrottle: Sendable {
    /// The resource families Partner Center publishes limits for.
    enum Family: String, Sendable {
        case customers, carts, orders, subscriptions, catalog
    }

    private struct Bucket {
        var tokens: Double
        var updatedAt: ContinuousClock.Instant
    }

    private struct Key: Hashable {
        let partner: String
        let family: Family
    }

    let perMinute: Int
    private let buckets = Mutex<[Key: Bucket]>([:])

    init(perMinute: Int) {
        self.perMinute = perMinute
    }

    /// Takes one request from the partner's bucket; returns `nil` when allowed, else the seconds to wait.
    func take(partner: String, family: Family, now: ContinuousClock.Instant = .now) -> Int? {
        let capacity = Double(perMinute)
        let refillPerSecond = capacity / 60
        return buckets.withLock { buckets in
            let key = Key(partner: partner, family: family)
            var bucket = buckets[key] ?? Bucket(tokens: capacity, updatedAt: now)
            let elapsed = LoadSeconds.of(now - bucket.updatedAt)
            bucket.tokens = min(capacity, bucket.tokens + elapsed * refillPerSecond)
            bucket.updatedAt = now
            defer { buckets[key] = bucket }
            guard bucket.tokens >= 1 else {
                return max(1, Int(((1 - bucket.tokens) / refillPerSecond).rounded(.up)))
            }
            bucket.tokens -= 1
            return nil
        }
    }

    /// The family a `/v1/...` path belongs to, or `nil` for paths that are not throttled.
    static func family(of path: String) -> Family? {
        let segments = path.split(separator: "/").map { $0.lowercased() }
        guard segments.first == "v1", segments.count >= 2 else { return nil }
        if segments[1] == "products" || segments[1] == "offers" { return .catalog }
        guard segments[1] == "customers" else { return nil }
        guard segments.count >= 4 else { return .customers }
        switch segments[3] {
        case "carts": return .carts
        case "orders": return .orders
        case "subscriptions": return .subscriptions
        default: return .customers
        }
    }
}

/// Converts a `Duration` to seconds.
enum LoadSeconds {
    static func of(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}

import Foundation

/// How the dashboard writes times, durations and amounts.
enum DashboardText {
    /// A timestamp in UTC to the second (`2026-01-16T00:45:41Z`), or "" when there is none.
    static func timestamp(_ date: Date?) -> String {
        date?.formatted(Date.ISO8601FormatStyle()) ?? ""
    }

    /// How long until `expiry` from `now`: "6 days 23 hours", "expired", or "" when there is no expiry.
    static func timeToExpiry(_ expiry: Date?, now: Date) -> String {
        guard let expiry else { return "" }
        let seconds = Int(expiry.timeIntervalSince(now))
        guard seconds > 0 else { return "expired" }
        let (days, hours, minutes) = (seconds / 86_400, seconds % 86_400 / 3_600, seconds % 3_600 / 60)
        if days > 0 { return "in \(days) day\(days == 1 ? "" : "s") \(hours) hour\(hours == 1 ? "" : "s")" }
        if hours > 0 { return "in \(hours) hour\(hours == 1 ? "" : "s") \(minutes) minute\(minutes == 1 ? "" : "s")" }
        return "in \(max(1, minutes)) minute\(minutes == 1 ? "" : "s")"
    }

    /// An amount with its currency, or "" when there is none.
    static func amount(_ value: Double?, currency: String?) -> String {
        guard let value else { return "" }
        return "\(String(format: "%.2f", value)) \(currency ?? "")".trimmingCharacters(in: .whitespaces)
    }
}

import Foundation

/// What a ``ForwardingProxy`` saw, and the misbehaviour it has been told to show.
actor ProxyJournal {
    /// One request as it reached the proxy.
    struct SeenRequest: Sendable {
        let method: String
        /// Path and query, e.g. `/v1/offers?country=US&size=1`.
        let target: String
        /// Header values by lower-cased name.
        let headers: [String: String]
        let body: Data

        func header(_ name: String) -> String? { headers[name.lowercased()] }
    }

    private(set) var requests: [SeenRequest] = []
    private var rules: [ProxyRule] = []

    /// Adds a rule; rules are tried in the order they were added.
    func add(_ rule: ProxyRule) {
        rules.append(rule)
    }

    /// Records a request and returns what to do with it: the action of the first rule that matches and still
    /// has uses left, or `nil` to forward it untouched.
    func record(_ request: SeenRequest) -> ProxyRule.Action? {
        requests.append(request)
        guard let index = rules.firstIndex(where: { $0.remaining > 0 && $0.matches(request) }) else { return nil }
        rules[index].remaining -= 1
        return rules[index].action
    }

    /// The requests whose method is `method` and whose path ends with `pathSuffix`.
    func requests(_ method: String, pathSuffix: String) -> [SeenRequest] {
        requests.filter { $0.method == method && $0.path.hasSuffix(pathSuffix) }
    }
}

/// Something a ``ForwardingProxy`` does instead of forwarding a request untouched.
struct ProxyRule: Sendable {
    /// What to do.
    enum Action: Sendable {
        /// Forward the request, throw the real answer away, and answer this instead (a lost answer).
        case forwardThenAnswer(status: Int, body: String)
        /// Answer at once without forwarding.
        case answer(status: Int, headers: [String: String], body: String)
        /// Wait, then forward (an answer that arrives too late).
        case delayThenForward(Duration)
        /// Forward, then change the answer's body before passing it on.
        case forwardRewritingBody(@Sendable (Data) throws -> Data)
    }

    let method: String
    let pathSuffix: String
    var remaining: Int
    let action: Action

    /// A rule for the next `times` requests with `method` whose path ends with `pathSuffix`.
    init(_ method: String, pathSuffix: String, times: Int = 1, _ action: Action) {
        self.method = method
        self.pathSuffix = pathSuffix
        self.remaining = times
        self.action = action
    }

    /// Answers the next `GET` whose path ends with `pathSuffix` as the gateway throttles: 429, `Retry-After`, and
    /// the `{statusCode, message}` body.
    static func throttling(pathSuffix: String, retryAfterSeconds: Int) -> ProxyRule {
        let body = #"{"statusCode":429,"message":"Rate limit is exceeded. Try again in \#(retryAfterSeconds) seconds."}"#
        return ProxyRule("GET", pathSuffix: pathSuffix,
                         .answer(status: 429, headers: ["Retry-After": String(retryAfterSeconds)], body: body))
    }

    func matches(_ request: ProxyJournal.SeenRequest) -> Bool {
        request.method == method && request.path.hasSuffix(pathSuffix)
    }
}

extension ProxyJournal.SeenRequest {
    /// The path without the query.
    var path: String { String(target.prefix { $0 != "?" }) }
}

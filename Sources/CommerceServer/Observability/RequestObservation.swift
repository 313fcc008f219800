import Synchronization

/// What the inner middleware learns about one request for the outer one to journal, count and log: the
/// partner once the token is checked, and the fault rule that touched it. One per request.
final class RequestObservation: Sendable {
    struct Notes: Sendable {
        var partner: String?
        var faultRule: String?
        var droppedConnection = false
    }

    private let storage = Mutex(Notes())

    /// What has been noted.
    var notes: Notes { storage.withLock { $0 } }

    func note(partner: String?) {
        storage.withLock { $0.partner = partner }
    }

    func note(faultRule: String, droppedConnection: Bool) {
        storage.withLock {
            $0.faultRule = faultRule
            $0.droppedConnection = droppedConnection
        }
    }
}

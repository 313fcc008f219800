import Dispatch
import Foundation
import Logging

/// Bounds how long a graceful stop may take (`serve --stop-timeout`).
///
/// SIGTERM and SIGINT start the server's graceful stop, which lets the requests in flight finish first (a latency
/// fault holds one for at most 60 s). A stop that has not ended the process by the deadline ends it with exit
/// status 1, instead of leaving it running for whoever sent the signal to wait on or kill. The deadline is kept on a
/// dispatch queue of its own, apart from the event loops that serve requests and run the stop itself.
struct StopDeadline {
    private let sources: [any DispatchSourceSignal]

    /// Starts watching for SIGTERM and SIGINT: the first one arms the deadline, `seconds` later.
    init(seconds: Int, logger: Logger) {
        let queue = DispatchQueue(label: "stop deadline")
        sources = [SIGTERM, SIGINT].map { signal in
            let source = DispatchSource.makeSignalSource(signal: signal, queue: queue)
            source.setEventHandler {
                queue.asyncAfter(deadline: .now() + .seconds(seconds)) {
                    logger.error("the stop did not finish within \(seconds) s; exiting without waiting further")
                    exit(1)
                }
            }
            source.resume()
            return source
        }
    }

    /// Stops watching (the process is about to end by itself).
    func cancel() {
        for source in sources { source.cancel() }
    }
}

import Dispatch
import GRDB
import Synchronization

/// Copies the write-ahead log back into the database file on its own connection and thread, ten times a second,
/// so that the connection that commits never stops to do it.
///
/// SQLite's automatic checkpoint runs inside the commit that crosses its threshold (1,000 pages by default):
/// every waiting request then waits for pages to be copied and the file to be synced, and a page changed by many
/// commits (an index's last leaf, a busy customer's rows) is copied again every few milliseconds. Here the writer
/// only appends to the log, and a page is copied at most once per round, whatever the number of commits that
/// changed it. A passive checkpoint waits for no one: it copies what no reader still needs and leaves the rest
/// for the next round.
///
/// Under sustained load the log is never all copied at once, since the writer appends while a round copies, and
/// SQLite starts it over only then. So once a round finds the log at ``restartPages`` or more, it copies it again,
/// which leaves only what the writer added meanwhile, and asks the commit line to copy that rest between two
/// batches; the line's next transaction then starts the log over (``GroupCommitWriter/restartLogBetweenBatches()``).
/// The `-wal` file then stays between 128 and 256 MiB (about 190 MB through 90 s of the `flow` benchmark). The
/// writer's own checkpoint at ``writerBackstopPages`` is left as a backstop for a log that readers keep from being
/// copied.
///
/// Why ten times a second: each round ends with an `fsync` of the database file, and a commit's `fsync` of the
/// log, on the same disk, waits behind it. Rounds once a second flushed several megabytes at a time, and the
/// commits caught behind them made the slowest 1% of checkouts four times slower than the median. Shorter rounds
/// flush less each, at the price of copying busy pages more often: on the benchmark the database file took about
/// 43 MB/s instead of 30, beside about 120 MB/s of log. A round with nothing to copy does not touch the disk.
final class WALCheckpointer: Sendable {
    /// How often the log is copied back.
    static let interval: DispatchTimeInterval = .milliseconds(100)
    /// Log pages after which the writer checkpoints by itself, and the log starts over (256 MiB of 4 KiB pages).
    static let writerBackstopPages = 65_536
    /// Log pages from which a round has the commit line start the log over (128 MiB of 4 KiB pages).
    static let restartPages = 32_768

    // The timer is only touched at start and in deinit; the mutex makes that visible to the compiler.
    private let timer: Mutex<any DispatchSourceTimer>

    /// Opens a connection of its own to the database at `path` and starts checkpointing. `restartLog` is called
    /// when a round has copied a log of `restartPages` or more, to have it started over.
    init(path: String, configuration: Configuration, restartPages: Int = restartPages,
         restartLog: @escaping @Sendable () -> Void) throws {
        let connection = try DatabaseQueue(path: path, configuration: configuration)
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "partner-commerce.wal-checkpoint"))
        timer.schedule(deadline: .now() + Self.interval, repeating: Self.interval)
        timer.setEventHandler {
            // A failed round (the database busy or closing) is simply tried again at the next tick.
            _ = try? connection.writeWithoutTransaction { db in
                let round = try db.checkpoint(.passive)
                guard round.walFrameCount >= restartPages, round.checkpointedFrameCount == round.walFrameCount else { return }
                let again = try db.checkpoint(.passive)
                if again.checkpointedFrameCount == again.walFrameCount { restartLog() }
            }
        }
        timer.resume()
        self.timer = Mutex(timer)
    }

    deinit {
        timer.withLock { $0.cancel() }
    }
}

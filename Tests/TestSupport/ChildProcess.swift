import Dispatch
import Foundation
import Glibc
import Synchronization

/// A program the tests run as a child process, started with `posix_spawn` rather than Foundation's `Process`
/// (whose `run()` in Swift 6.3.1 can crash reading `/proc/self/fd`, swift-corelibs-foundation#5472).
///
/// The child gets the standard input, output and error it is given and no other descriptor of the test process
/// (the listening sockets and database files of the servers the tests run): descriptors from 3 up are closed in
/// the child with glibc's `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34 and later, looked up at run
/// time; with an older glibc nothing is closed, and only descriptors opened close-on-exec stay out of the child).
/// Like `Process`, the child runs in a process group of its own; unlike it, it starts with no signal blocked and
/// every signal at its default action, as from a shell, whatever the spawning thread blocked.
///
/// A thread of its own writes the child's input and then waits for the child to end, so the exit is known without
/// polling and without holding a thread of Swift's cooperative pool.
public final class ChildProcess: Sendable {
    /// What the child reads as its standard input.
    public enum Input: Sendable {
        /// `/dev/null`: the child reads end of file at once.
        case nullDevice
        /// These bytes, through a pipe that is closed after them.
        case data(Data)
        /// A pipe this process writes nothing to and keeps open until the child ends. Should this process die
        /// first, the system closes it and the child reads end of file: a server started with
        /// `--exit-when-stdin-closes` then stops instead of outliving the tests.
        case heldOpen
    }

    /// Where the child's standard output or standard error goes.
    public enum Output: Sendable {
        /// The test process's own standard output or standard error.
        case inherited
        /// `/dev/null`.
        case nullDevice
        /// The file at the path, created (mode 0644) when missing. With `append`, what the file holds is kept and
        /// every write goes to its end; without, the file is emptied first.
        case file(String, append: Bool)
        /// For standard error only: the same open file as standard output, sharing its offset, as a shell's `2>&1`.
        case standardOutput
    }

    /// The child could not be started.
    public struct SpawnError: Error, CustomStringConvertible {
        /// The program that was to run.
        public let executable: String
        /// The call that failed.
        public let operation: String
        /// The `errno` value it answered.
        public let code: Int32

        public var description: String {
            "cannot start \(executable): \(operation) failed: \(String(cString: strerror(code)))"
        }
    }

    /// The status ``waitForExit()`` answers when the child's end could not be observed (it was reaped elsewhere).
    public static let unknownStatus: Int32 = -1

    /// The child's process id.
    public let processIdentifier: pid_t

    /// The child's exit status once it has been reaped; `nil` while it runs (or is a zombie not yet reaped).
    private let status = Mutex<Int32?>(nil)
    /// Entered at start, left once `status` is set.
    private let exited = DispatchGroup()

    /// Starts `executable` (a path; `PATH` is not searched) with `arguments` (not counting the program name, which
    /// is `executable`) and `environment` (by default this process's). Throws ``SpawnError`` when the child cannot
    /// be started, for instance when `executable` does not exist.
    public init(executable: String, arguments: [String], environment: [String: String]? = nil,
                standardInput: Input = .nullDevice, standardOutput: Output = .inherited,
                standardError: Output = .inherited) throws
    {
        let inputPipe: (read: Int32, write: Int32)?
        if standardInput.isPipe {
            // Close-on-exec (Swift's Glibc module lacks pipe2), so that no other child inherits either end.
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { throw SpawnError(executable: executable, operation: "pipe", code: errno) }
            _ = fcntl(ends[0], F_SETFD, FD_CLOEXEC)
            _ = fcntl(ends[1], F_SETFD, FD_CLOEXEC)
            inputPipe = (ends[0], ends[1])
        } else {
            inputPipe = nil
        }
        do {
            processIdentifier = try Self.spawn(
                executable: executable, arguments: arguments,
                environment: environment ?? ProcessInfo.processInfo.environment,
                inputPipe: inputPipe?.read, standardInput: standardInput, standardOutput: standardOutput,
                standardError: standardError)
        } catch {
            if let inputPipe {
                close(inputPipe.read)
                close(inputPipe.write)
            }
            throw error
        }
        if let inputPipe { close(inputPipe.read) }

        exited.enter()
        let thread = Thread { [self] in
            if case .data(let data) = standardInput, let inputPipe {
                Self.write(data, to: inputPipe.write)
                close(inputPipe.write)
            }
            reap()
            if case .heldOpen = standardInput, let inputPipe { close(inputPipe.write) }
        }
        thread.name = "child process \(processIdentifier)"
        thread.start()
    }

    /// The exit status, or `nil` while the child runs. See ``waitForExit()`` for its meaning.
    public var exitStatus: Int32? {
        status.withLock { $0 }
    }

    /// Asks the child to stop (SIGTERM). Does nothing once the child has ended.
    public func terminate() {
        send(SIGTERM)
    }

    /// Kills the child at once (SIGKILL). Does nothing once the child has ended.
    public func kill() {
        send(SIGKILL)
    }

    /// Waits for the child to end without blocking the calling thread, and answers its exit status: the code it
    /// exited with (0 to 255), or 128 plus the signal's number when a signal ended it (143 for SIGTERM, 137 for
    /// SIGKILL), or ``unknownStatus``. Task cancellation does not end the wait; stop the child for that.
    public func waitForExit() async -> Int32 {
        await withCheckedContinuation { continuation in
            exited.notify(queue: .global()) { [self] in
                continuation.resume(returning: recordedStatus)
            }
        }
    }

    /// Blocks the calling thread until the child ends, and answers its exit status as ``waitForExit()`` does.
    @discardableResult
    public func waitUntilExit() -> Int32 {
        exited.wait()
        return recordedStatus
    }

    /// Blocks the calling thread until the child ends or `seconds` have passed, and answers its exit status as
    /// ``waitForExit()`` does, or `nil` when it still runs.
    public func waitUntilExit(timeout seconds: Double) -> Int32? {
        guard exited.wait(timeout: .now() + seconds) == .success else { return nil }
        return recordedStatus
    }

    /// Waits up to `seconds` for the child to end without blocking the calling thread, and answers its exit status
    /// as ``waitForExit()`` does; `nil` when it still ran, and then it is killed, so that a child that hangs fails
    /// its test instead of holding the whole run.
    public func waitForExit(killingAfter seconds: Double) async -> Int32? {
        let status = await withCheckedContinuation { continuation in
            DispatchQueue.global().async { [self] in continuation.resume(returning: waitUntilExit(timeout: seconds)) }
        }
        if status == nil { kill() }
        return status
    }

    private var recordedStatus: Int32 {
        status.withLock { $0 } ?? Self.unknownStatus
    }

    /// Sends `signal` unless the child has been reaped. The pid stays the child's until `reap()` records the exit
    /// under the same lock, so the signal can never reach another process that was given the pid since.
    private func send(_ signal: Int32) {
        status.withLock { status in
            if status == nil { _ = Glibc.kill(processIdentifier, signal) }
        }
    }

    /// Waits for the child to end, reaps it and records its status, then lets every waiter go. Runs on the
    /// child's own thread.
    private func reap() {
        var info = siginfo_t()
        // WNOWAIT leaves the child a zombie, so that its pid is not reused before `send` can see it has ended.
        while waitid(P_PID, id_t(processIdentifier), &info, WEXITED | WNOWAIT) == -1, errno == EINTR {}
        status.withLock { status in
            var raw: Int32 = 0
            var result: pid_t
            repeat {
                result = waitpid(processIdentifier, &raw, 0)
            } while result == -1 && errno == EINTR
            status = result == processIdentifier ? Self.exitStatus(fromWaitStatus: raw) : Self.unknownStatus
        }
        exited.leave()
    }

    /// Decodes `waitpid`'s status (the WIFEXITED, WEXITSTATUS and WTERMSIG macros, which Swift does not import).
    private static func exitStatus(fromWaitStatus raw: Int32) -> Int32 {
        let signal = raw & 0x7f
        return signal == 0 ? (raw >> 8) & 0xff : 128 + signal
    }

    /// Writes all of `data` to `descriptor`, stopping early when the child closes its end. SIGPIPE is blocked on
    /// this thread (the child's own, which ends soon after), so a child that exits unread costs EPIPE, not the
    /// test process.
    private static func write(_ data: Data, to descriptor: Int32) {
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count {
                let written = Glibc.write(descriptor, base + offset, bytes.count - offset)
                if written > 0 {
                    offset += written
                } else if written == -1, errno == EINTR {
                    continue
                } else {
                    return
                }
            }
        }
    }

    private typealias AddCloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32

    /// Starts the child and answers its pid.
    private static func spawn(executable: String, arguments: [String], environment: [String: String],
                              inputPipe: Int32?, standardInput: Input, standardOutput: Output,
                              standardError: Output) throws -> pid_t
    {
        func check(_ result: Int32, _ operation: String) throws {
            guard result == 0 else { throw SpawnError(executable: executable, operation: operation, code: result) }
        }

        var actions = posix_spawn_file_actions_t()
        try check(posix_spawn_file_actions_init(&actions), "posix_spawn_file_actions_init")
        defer { posix_spawn_file_actions_destroy(&actions) }

        switch standardInput {
        case .nullDevice:
            try check(posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0),
                      "posix_spawn_file_actions_addopen")
        case .data, .heldOpen:
            guard let inputPipe else { throw SpawnError(executable: executable, operation: "pipe", code: EBADF) }
            try check(posix_spawn_file_actions_adddup2(&actions, inputPipe, STDIN_FILENO),
                      "posix_spawn_file_actions_adddup2")
        }
        for (descriptor, output) in [(STDOUT_FILENO, standardOutput), (STDERR_FILENO, standardError)] {
            switch output {
            case .inherited:
                break
            case .nullDevice:
                try check(posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0),
                          "posix_spawn_file_actions_addopen")
            case .file(let path, let append):
                let flags = O_WRONLY | O_CREAT | (append ? O_APPEND : O_TRUNC)
                try check(posix_spawn_file_actions_addopen(&actions, descriptor, path, flags, 0o644),
                          "posix_spawn_file_actions_addopen(\(path))")
            case .standardOutput:
                guard descriptor == STDERR_FILENO else {
                    throw SpawnError(executable: executable, operation: "standard output to standard output", code: EINVAL)
                }
                try check(posix_spawn_file_actions_adddup2(&actions, STDOUT_FILENO, STDERR_FILENO),
                          "posix_spawn_file_actions_adddup2")
            }
        }
        // glibc before 2.34 lacks it, and Swift's Glibc module does not declare it, hence the lookup.
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            let addCloseFrom = unsafeBitCast(symbol, to: AddCloseFrom.self)
            try check(addCloseFrom(&actions, STDERR_FILENO + 1), "posix_spawn_file_actions_addclosefrom_np")
        }

        var attributes = posix_spawnattr_t()
        try check(posix_spawnattr_init(&attributes), "posix_spawnattr_init")
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        try check(posix_spawnattr_setsigmask(&attributes, &noSignals), "posix_spawnattr_setsigmask")
        try check(posix_spawnattr_setsigdefault(&attributes, &allSignals), "posix_spawnattr_setsigdefault")
        try check(posix_spawnattr_setpgroup(&attributes, 0), "posix_spawnattr_setpgroup")
        try check(posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF)),
                  "posix_spawnattr_setflags")

        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { envp.forEach { free($0) } }

        var pid: pid_t = 0
        try check(posix_spawn(&pid, executable, &actions, &attributes, argv, envp), "posix_spawn")
        return pid
    }
}

extension ChildProcess.Input {
    /// Whether the child reads its input from a pipe of this process.
    var isPipe: Bool {
        switch self {
        case .nullDevice: false
        case .data, .heldOpen: true
        }
    }
}

import ArgumentParser
import PartnerCenter

/// A command that talks to Partner Center through the SDK. It gets a ``PartnerService`` built from the
/// connection options and a printer for its results; a ``PartnerError`` it throws is written to standard error
/// (code, description, correlation and request ids) and ends the process with that category's exit code.
protocol PartnerClientCommand: AsyncParsableCommand {
    var connection: ConnectionOptions { get }
    var output: OutputOptions { get }

    /// Does the work.
    func run(partner: PartnerService, printer: ResourcePrinter) async throws
}

extension PartnerClientCommand {
    func run() async throws {
        do {
            try await run(partner: connection.partnerService(), printer: ResourcePrinter(options: output))
        } catch let error as PartnerError {
            ClientFailure.report(error)
            throw ExitCode(ClientFailure.exitCode(for: error.category))
        } catch let failure as ClientFailure {
            StandardError.line("error: \(failure.message)")
            throw ExitCode(failure.exitCode)
        }
    }
}

/// A failure the command line detects itself, and the exit codes of every failure.
struct ClientFailure: Error {
    let message: String
    let exitCode: Int32

    /// The service saved the request but reported errors on line items or order groups.
    static let itemErrorsExitCode: Int32 = 3
    /// `order wait` ran out of time.
    static let timedOutExitCode: Int32 = 4
    /// `order wait` saw the order end without completing (cancelled or failed).
    static let notCompletedExitCode: Int32 = 5
    /// Input the command could not read (a `--file` that is missing or not JSON, a bad `--item`).
    static let unreadableInputExitCode: Int32 = 6

    /// One exit code per ``PartnerError/Category``.
    static func exitCode(for category: PartnerError.Category) -> Int32 {
        switch category {
        case .badInput: 10
        case .unauthorized: 11
        case .forbidden: 12
        case .notFound: 13
        case .conflict: 14
        case .throttled: 15
        case .server: 16
        case .transport: 17
        }
    }

    /// Writes an SDK error to standard error: what and why on the first line, then the ids to quote.
    static func report(_ error: PartnerError) {
        var headline = "error"
        if let code = error.code { headline += " \(code)" }
        headline += ": \(error.description)"
        var details = ["category: \(categoryName(error.category))"]
        if let status = error.httpStatus { details.append("HTTP status: \(status)") }
        if !error.data.isEmpty { details.append("data: \(error.data.joined(separator: ", "))") }
        details.append("correlation id: \(error.correlationId)")
        details.append("request id: \(error.requestId)")
        StandardError.line(([headline] + details.map { "  " + $0 }).joined(separator: "\n"))
    }

    private static func categoryName(_ category: PartnerError.Category) -> String {
        switch category {
        case .badInput: "badInput"
        case .unauthorized: "unauthorized"
        case .forbidden: "forbidden"
        case .notFound: "notFound"
        case .conflict: "conflict"
        case .throttled(let retryAfter): retryAfter.map { "throttled (retry after \($0))" } ?? "throttled"
        case .server: "server"
        case .transport: "transport"
        }
    }
}

import ArgumentParser
import Foundation
import PartnerCenter

/// `partner-commerce order wait <id>`: polls an order until it is completed, showing its status as it goes.
struct OrderWaitCommand: PartnerClientCommand {
    static let configuration = CommandConfiguration(
        commandName: "wait",
        abstract: "Wait until an order is completed. Exits with 4 on timeout and 5 when the order ends otherwise (cancelled).")
    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var customer: CustomerOption
    @Argument(help: OrderCommand.orderIdHelp) var orderId: String
    @Option(help: "Seconds to wait at most.") var timeout: Double = 300
    @Option(help: "Seconds between polls.") var interval: Double = 1

    func validate() throws {
        guard timeout > 0 else { throw ValidationError("--timeout must be positive.") }
        guard interval > 0 else { throw ValidationError("--interval must be positive.") }
    }

    func run(partner: PartnerService, printer: ResourcePrinter) async throws {
        let orderOperations = partner.customers.byId(customer.customerId).orders.byId(orderId)
        let progress = ProgressLine()
        let started = ContinuousClock.now
        var order = try await orderOperations.get()
        while order.status != .completed {
            let elapsed = ContinuousClock.now - started
            progress.show("order \(orderId): \(order.status?.rawValue ?? "unknown") after \(Self.seconds(elapsed)) s")
            if let status = order.status, Self.endStates.contains(status) {
                progress.finish()
                throw ClientFailure(message: "order \(orderId) is \(status.rawValue) and will not complete.",
                                    exitCode: ClientFailure.notCompletedExitCode)
            }
            guard elapsed < .seconds(timeout) else {
                progress.finish()
                throw ClientFailure(
                    message: "order \(orderId) is still \(order.status?.rawValue ?? "unknown") after \(Self.seconds(elapsed)) s (--timeout \(timeout)).",
                    exitCode: ClientFailure.timedOutExitCode)
            }
            try await Task.sleep(for: .seconds(interval))
            order = try await orderOperations.get()
        }
        progress.show("order \(orderId): completed after \(Self.seconds(ContinuousClock.now - started)) s")
        progress.finish()
        try printer.show(order, ids: [order.id]) { CommerceTables.order(order) }
    }

    /// Statuses from which an order never becomes `completed`.
    private static let endStates: Set<OrderStatus> = [.cancelled, .error, .poReviewRejected]

    private static func seconds(_ duration: Duration) -> String {
        String(format: "%.0f", Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18)
    }
}

/// A status line on standard error: rewritten in place on a terminal, otherwise written again only when the
/// status part of it changes, so logs get one line per change.
private final class ProgressLine {
    private let rewritesInPlace = StandardError.isTerminal
    private var lastStatus: String?
    private var shown = false

    func show(_ text: String) {
        if rewritesInPlace {
            StandardError.write("\r\u{1B}[K" + text)
            shown = true
        } else {
            let status = text.components(separatedBy: " after ").first
            guard status != lastStatus else { return }
            lastStatus = status
            StandardError.line(text)
        }
    }

    func finish() {
        if rewritesInPlace && shown { StandardError.write("\n") }
        shown = false
    }
}

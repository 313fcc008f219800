import ArgumentParser
import Hummingbird
import NIOCore
import NIOPosix

/// A Hummingbird server with one route, `GET /healthz`, and no middleware: the least any request costs on the
/// server's stack. `partner-commerce-bench --scenarios healthz` measures it the way it measures the server, so
/// the two ceilings can be compared in one sitting.
@main
struct HummingbirdFloorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hummingbird-floor",
        abstract: "Serve GET /healthz on Hummingbird alone, as a floor to compare the server's own healthz with.")

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on (0: any free port).")
    var port = 8090

    func validate() throws {
        if !(0...65_535).contains(port) { throw ValidationError("--port must be 0...65535.") }
    }

    /// Tasks run on SwiftNIO's event loops, as in `partner-commerce serve`, so the floor is measured the same way.
    @MainActor
    private static func runTasksOnEventLoops() {
        NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
    }

    func run() async throws {
        await Self.runTasksOnEventLoops()
        let router = Router()
        router.get("healthz") { _, _ in "ok" }
        let app = Application(router: router, configuration: .init(address: .hostname(host, port: port)))
        try await app.runService()
    }
}

import ArgumentParser
import CommerceCore
import CommerceServer
import Foundation

/// `partner-commerce token`: prints a `dev` mode bearer token signed with the data directory's key.
struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Print a bearer token for a partner tenant (dev authentication).")

    @Option(help: "The partner tenant id (a GUID); for --operator, the operator's tenant (a fixed one unless given).")
    var partner: String?
    @Flag(name: .customLong("operator"), help: "A token for the operator surface (/admin) instead of a partner's.")
    var isOperator = false
    @Option(help: "The user's object id (oid); a random one when omitted.")
    var user: String?
    @Option(help: "Lifetime in seconds (default 86400).")
    var lifetime: Double = 86_400
    @Option(name: .customLong("data-dir"), help: "Data directory holding the signing key (PARTNER_COMMERCE_DATA_DIR; default ./.partner-commerce).")
    var dataDirectory: String?

    /// The tenant an operator token names when no `--partner` is given.
    static let operatorTenant = "00000000-0000-4000-8000-000000000000"

    func validate() throws {
        if let partner {
            guard ResourceIdentifiers.isGUID(partner) else { throw ValidationError("--partner must be a GUID.") }
        } else if !isOperator {
            throw ValidationError("--partner is required (or --operator for an operator token).")
        }
        if let user, user.isEmpty { throw ValidationError("--user must not be empty.") }
        guard lifetime > 0 else { throw ValidationError("--lifetime must be positive.") }
    }

    func run() async throws {
        let directory = dataDirectory ?? EnvironmentSetting.string("DATA_DIR") ?? ServerConfiguration().dataDirectory
        let tokens = await DevTokenService(key: try DevSigningKey.loadOrCreate(dataDirectory: directory))
        let tenant = partner ?? Self.operatorTenant
        print(try await tokens.mint(partnerTenant: tenant, user: user, isOperator: isOperator, lifetime: lifetime))
    }
}

import ArgumentParser
import PartnerCenter

/// Where the client commands send requests, and with which token.
struct ConnectionOptions: ParsableArguments {
    @Option(help: "The API root: a PartnerCommerce server or https://api.partnercenter.microsoft.com (PARTNER_COMMERCE_ENDPOINT; default http://127.0.0.1:8080).")
    var endpoint: String?
    @Option(help: "The bearer token sent with every request (PARTNER_COMMERCE_TOKEN).")
    var token: String?

    /// The endpoint from the flag, the environment, or the default.
    var resolvedEndpoint: String {
        endpoint ?? EnvironmentSetting.string("ENDPOINT") ?? "http://127.0.0.1:8080"
    }

    /// An SDK client for this invocation: one correlation id for all its requests, so the server's journal ties
    /// them together and an error message can name it.
    func partnerService() -> PartnerService {
        let token = self.token ?? EnvironmentSetting.string("TOKEN")
        let credentials = token.map { PartnerCredentials.bearer(token: $0) } ?? .anonymous
        let configuration = PartnerServiceConfiguration(clientName: "PartnerCommerce CLI")
        return PartnerService(baseURL: resolvedEndpoint, credentials: credentials, configuration: configuration)
            .with(RequestContext())
    }
}

/// How results are printed.
struct OutputOptions: ParsableArguments {
    @Flag(help: "Print the answer as JSON, as it is on the wire, for scripts.")
    var json = false
    @Flag(help: "Print only ids, one per line.")
    var quiet = false

    func validate() throws {
        if json && quiet { throw ValidationError("--json and --quiet cannot be used together.") }
    }
}

/// The `--customer` every cart, order and subscription command needs (PowerShell's `-CustomerId`).
struct CustomerOption: ParsableArguments {
    @Option(name: [.customLong("customer"), .customShort("c")], help: "The customer's tenant id.")
    var customerId: String
}

import AsyncHTTPClient
import NIOCore

extension HTTPClient {
    /// The client a ``PartnerService`` sends with unless given another.
    ///
    /// It differs from `HTTPClient.shared` where the SDK's own retries take over: a connection that cannot be made
    /// fails at once instead of being re-attempted until the request's deadline (the SDK then waits its backoff
    /// and retries the whole request), only the SDK's per-attempt timeout bounds a slow answer, and redirects are
    /// not followed, so a bearer token is never sent to another host.
    public static var partnerCenterDefault: HTTPClient { partnerCenterDefaultClient }
}

/// Lives as long as the process, like `HTTPClient.shared`, so it is never shut down.
private let partnerCenterDefaultClient: HTTPClient = {
    var configuration = HTTPClient.Configuration(
        redirectConfiguration: .disallow,
        timeout: HTTPClient.Configuration.Timeout(connect: .seconds(10)))
    configuration.connectionPool.retryConnectionEstablishment = false
    return HTTPClient(eventLoopGroup: HTTPClient.defaultEventLoopGroup, configuration: configuration)
}()

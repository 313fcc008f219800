@_exported import PartnerCenterModels
import AsyncHTTPClient
import Foundation

/// The entry point of the SDK: Partner Center's commerce API (customers, carts, orders, subscriptions, catalog)
/// as fluent async calls, in the shape of Partner Center's .NET SDK.
///
/// ```swift
/// let partner = PartnerService(baseURL: "http://127.0.0.1:8080", credentials: .bearer { try await tokens.current() })
/// let cart = try await partner.customers.byId(customerId).carts.create(Cart(lineItems: items))
/// let result = try await partner.customers.byId(customerId).carts.byId(cart.id ?? "").checkout()
/// ```
///
/// The same code talks to a PartnerCommerce server and to Partner Center itself
/// (``partnerCenterBaseURL``); only the base URL and the token differ. A service is a value: copies share the
/// HTTP client, and ``with(_:)`` gives a copy that sends fixed correlation and request ids.
public struct PartnerService: Sendable {
    let client: PartnerAPIClient

    /// Microsoft's global Partner Center API root.
    public static let partnerCenterBaseURL = "https://api.partnercenter.microsoft.com"

    /// Creates a service for the API root at `baseURL`, e.g. `http://127.0.0.1:8080` or ``partnerCenterBaseURL``.
    ///
    /// - Parameters:
    ///   - baseURL: The root the `/v1/...` paths are appended to; a trailing `/` is ignored.
    ///   - credentials: How to authenticate, e.g. `.bearer { token }`.
    ///   - configuration: Retries, timeout and client name.
    ///   - httpClient: The AsyncHTTPClient to send with; ``AsyncHTTPClient/HTTPClient/partnerCenterDefault`` unless given.
    public init(baseURL: String, credentials: PartnerCredentials, configuration: PartnerServiceConfiguration = .init(),
                httpClient: HTTPClient = .partnerCenterDefault) {
        var root = baseURL
        while root.hasSuffix("/") { root.removeLast() }
        client = PartnerAPIClient(baseURL: root, credentials: credentials, configuration: configuration,
                                  context: RequestContext(), httpClient: httpClient)
    }

    /// Creates a service for the API root at `baseURL`, given as a `URL`.
    public init(baseURL: URL, credentials: PartnerCredentials, configuration: PartnerServiceConfiguration = .init(),
                httpClient: HTTPClient = .partnerCenterDefault) {
        self.init(baseURL: baseURL.absoluteString, credentials: credentials, configuration: configuration,
                  httpClient: httpClient)
    }

    private init(client: PartnerAPIClient) {
        self.client = client
    }

    /// The correlation id, request id and locale requests are sent with.
    public var context: RequestContext { client.context }

    /// A copy of this service that sends every request with `context`'s ids and locale, like the .NET SDK's
    /// `partner.With(requestContext)`. With a fixed `requestId`, every operation of the copy shares it, so a
    /// repeated call is recognised by the service as a repeat.
    public func with(_ context: RequestContext) -> PartnerService {
        PartnerService(client: PartnerAPIClient(
            baseURL: client.baseURL, credentials: client.credentials, configuration: client.configuration,
            context: context, httpClient: client.httpClient))
    }

    /// The partner's customers: `partner.customers.byId(id)...`.
    public var customers: CustomerCollectionOperations { CustomerCollectionOperations(client: client) }

    /// The catalog of new-commerce products: `partner.products.byCountry("US")...`.
    public var products: ProductCollectionOperations { ProductCollectionOperations(client: client) }

    /// The legacy offers: `partner.offers.byCountry("US")...`.
    public var offers: OfferCollectionOperations { OfferCollectionOperations(client: client) }
}

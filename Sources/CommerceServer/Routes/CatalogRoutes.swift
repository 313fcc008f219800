import CommerceCore
import Hummingbird
import PartnerCenterModels

/// `/v1/products...` and `/v1/offers...`: the catalog, per market.
struct CatalogRoutes {
    let services: CommerceServices

    func register(on router: Router<CommerceRequestContext>, table: inout RouteTable) {
        let routes: [(String, @Sendable (Request, CommerceRequestContext) async throws -> Response)] = [
            ("v1/products", products),
            ("v1/products/:productId", product),
            ("v1/products/:productId/skus", skus),
            ("v1/products/:productId/skus/:skuId", sku),
            ("v1/products/:productId/skus/:skuId/availabilities", availabilities),
            ("v1/products/:productId/skus/:skuId/availabilities/:availabilityId", availability),
            ("v1/offers", offers),
            ("v1/offers/:offerId", offer),
        ]
        for (path, handler) in routes {
            router.get(RouterPath(path), use: handler)
            table.add(.get, path)
        }
    }

    private var presenter: CatalogPresenter { CatalogPresenter(catalog: services.catalog) }

    @Sendable func products(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let country = try QueryParameters.required(request, "country")
        let view = try QueryParameters.required(request, "targetView")
        let items = presenter.products(country: country, targetView: view, segment: QueryParameters.value(request, "targetSegment"))
        return try JSONResponse.make(ResourceCollection(items: items, links: CollectionLinks(
            self: Link(uri: "/products?country=\(country)&targetView=\(view)"))))
    }

    @Sendable func product(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        try JSONResponse.make(try presenter.product(context.pathParameter("productId"), country: try QueryParameters.required(request, "country")))
    }

    @Sendable func skus(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let country = try QueryParameters.required(request, "country")
        let productId = context.pathParameter("productId")
        let items = try presenter.skus(productId: productId, country: country, segment: QueryParameters.value(request, "targetSegment"))
        return try JSONResponse.make(ResourceCollection(items: items, links: CollectionLinks(
            self: Link(uri: ResourcePaths.skus(productId, country: country)))))
    }

    @Sendable func sku(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        try JSONResponse.make(try presenter.sku(productId: context.pathParameter("productId"), skuId: context.pathParameter("skuId"),
                                                country: try QueryParameters.required(request, "country")))
    }

    @Sendable func availabilities(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let country = try QueryParameters.required(request, "country")
        let (productId, skuId) = (context.pathParameter("productId"), context.pathParameter("skuId"))
        let items = try presenter.availabilities(productId: productId, skuId: skuId, country: country,
                                                 segment: QueryParameters.value(request, "targetSegment"))
        return try JSONResponse.make(ResourceCollection(items: items, links: CollectionLinks(
            self: Link(uri: ResourcePaths.availabilities(productId, skuId, country: country)))))
    }

    @Sendable func availability(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        try JSONResponse.make(try presenter.availability(
            productId: context.pathParameter("productId"), skuId: context.pathParameter("skuId"),
            availabilityId: context.pathParameter("availabilityId"), country: try QueryParameters.required(request, "country")))
    }

    @Sendable func offers(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let country = try QueryParameters.required(request, "country")
        let all = presenter.offers(country: country)
        let offset = try QueryParameters.integer(request, "offset", default: 0, range: 0...1_000_000)
        let size = try QueryParameters.integer(request, "size", default: 100, range: 1...1_000)
        let page = Array(all.dropFirst(offset).prefix(size))
        func link(_ start: Int) -> Link { Link(uri: "/offers?country=\(country)&offset=\(start)&size=\(size)") }
        let links = CollectionLinks(
            self: link(offset),
            next: offset + size < all.count ? link(offset + size) : nil,
            previous: offset > 0 ? link(max(0, offset - size)) : nil)
        return try JSONResponse.make(ResourceCollection(items: page, links: links))
    }

    @Sendable func offer(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        try JSONResponse.make(try presenter.offer(context.pathParameter("offerId"), country: try QueryParameters.required(request, "country")))
    }
}

import Foundation
import PartnerCenterModels
import Testing
import Yams

/// The OpenAPI document (`openapi.yaml` in the repository root, served at `/openapi.yaml`) against the router and
/// the wire models.
@Suite struct OpenAPIDocumentTests {
    @Test func everyRouteIsDocumentedAndEveryDocumentedOperationIsARoute() async throws {
        try await withTestServer { server in
            let routes = Set(server.parts.routeDescriptions)
            let documented = Set(try OpenAPIDocument.load().operations.map(\.route))

            #expect(routes.subtracting(documented).sorted() == [], "routes missing from openapi.yaml")
            #expect(documented.subtracting(routes).sorted() == [], "operations in openapi.yaml that no route serves")
            #expect(routes.count == server.parts.routeDescriptions.count, "a route is registered twice")
        }
    }

    @Test func serverAnswersTheRepositoryDocumentWithoutAToken() async throws {
        try await withTestServer { server in
            let anonymous = PartnerHTTPClient(baseURL: server.baseURL, token: nil)

            let response = try await anonymous.send(.GET, "/openapi.yaml", authorized: false)

            #expect(response.status == 200)
            #expect(response.header("Content-Type") == "application/yaml; charset=utf-8")
            #expect(response.body == (try OpenAPIDocument.repositoryFileData()))
        }
    }

    @Test func everyReferenceResolves() throws {
        let document = try OpenAPIDocument.load()
        let unresolved = document.references.filter { document.resolve($0) == nil }
        #expect(unresolved.sorted() == [])
    }

    @Test func enumsAreTheWireModelsSpellings() throws {
        let document = try OpenAPIDocument.load()
        #expect(try document.schemaEnum("BillingCycle") == BillingCycle.allCases.map(\.rawValue))
        #expect(try document.schemaEnum("CartStatus") == CartStatus.allCases.map(\.rawValue))
        #expect(try document.schemaEnum("OrderStatus") == OrderStatus.allCases.map(\.rawValue))
        #expect(try document.schemaEnum("SubscriptionStatus") == SubscriptionStatus.allCases.map(\.rawValue))
        #expect(try document.schemaEnum("ParticipantType") == ParticipantType.allCases.map(\.rawValue))
    }

    @Test func errorBodiesAreTheSpecShapes() throws {
        let document = try OpenAPIDocument.load()
        #expect(try document.schemaRequired("ApiFault") == ["code", "description", "data", "source"])
        #expect(try document.schemaRequired("ThrottlingFault") == ["statusCode", "message"])
        #expect(try document.schemaRequired("CartError") == ["errorCode", "errorDescription"])
        #expect(try document.schemaRequired("OrderError") == ["orderGroupId", "code", "description"])
        #expect(try document.schemaRequired("Collection") == ["totalCount", "items"])
    }

    @Test func partnerOperationsDocumentAuthenticationThrottlingAndServerErrors() throws {
        let document = try OpenAPIDocument.load()
        let partner = document.operations.filter { $0.path.hasPrefix("/v1/") }
        #expect(partner.count == 23)
        for operation in partner {
            #expect(operation.responseReference("401") == "#/components/responses/Unauthorized", "\(operation.route)")
            #expect(operation.responseReference("429") == "#/components/responses/TooManyRequests", "\(operation.route)")
            #expect(operation.responseReference("500") == "#/components/responses/ServerError", "\(operation.route)")
            #expect(operation.usesDefaultSecurity, "\(operation.route) must need the bearer token")
        }
        let customerScoped = partner.filter { $0.path.hasPrefix("/v1/customers/{customerId}") }
        for operation in customerScoped {
            #expect(operation.responseReference("403") == "#/components/responses/Forbidden", "\(operation.route)")
        }
        for operation in document.operations where operation.path.hasPrefix("/admin/") {
            #expect(operation.responseReference("401") == "#/components/responses/Unauthorized", "\(operation.route)")
            #expect(operation.responseReference("403") == "#/components/responses/Forbidden", "\(operation.route)")
        }
        let security = try #require(document.root.field("components")?.field("securitySchemes")?.field("bearerAuth"))
        #expect(security.field("scheme")?.string == "bearer")
        #expect(security.field("bearerFormat")?.string == "JWT")
    }

    @Test func cartOperationsAreLinkedForStatefulClients() throws {
        let document = try OpenAPIDocument.load()
        let createCart = try #require(document.operations.first { $0.operationId == "createCart" })
        let links = try #require(createCart.node.field("responses")?.field("201")?.field("links"))
        #expect(links.field("GetCart")?.field("operationId")?.string == "getCart")
        #expect(links.field("CheckoutCart")?.field("operationId")?.string == "checkoutCart")
        #expect(links.field("CheckoutCart")?.field("parameters")?.field("cartId")?.string == "$response.body#/id")
        let operationIds = Set(document.operations.compactMap(\.operationId))
        #expect(operationIds.count == document.operations.count, "operationIds are unique")
    }
}

/// The parsed `openapi.yaml`.
struct OpenAPIDocument {
    let root: Node

    /// An operation: a method under a path.
    struct Operation {
        let method: String
        let path: String
        let node: Node

        /// `METHOD /path` with `{name}` written `:name`, as the router describes its routes.
        var route: String {
            let segments = path.split(separator: "/").map { segment in
                segment.hasPrefix("{") && segment.hasSuffix("}") ? ":" + segment.dropFirst().dropLast() : String(segment)
            }
            return "\(method.uppercased()) /\(segments.joined(separator: "/"))"
        }

        var operationId: String? { node.field("operationId")?.string }

        func responseReference(_ status: String) -> String? { node.field("responses")?.field(status)?.field("$ref")?.string }

        /// Whether the operation keeps the document's default security (the bearer token).
        var usesDefaultSecurity: Bool { node.field("security") == nil }
    }

    static func repositoryFileData() throws -> Data {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try Data(contentsOf: root.appendingPathComponent("openapi.yaml"))
    }

    static func load() throws -> OpenAPIDocument {
        let node = try #require(try Yams.compose(yaml: String(decoding: repositoryFileData(), as: UTF8.self)))
        return OpenAPIDocument(root: node)
    }

    var operations: [Operation] {
        let methods = ["get", "put", "post", "delete", "patch", "head", "options"]
        guard let paths = root.field("paths")?.mapping else { return [] }
        return paths.flatMap { path, item in
            methods.compactMap { method in item.field(method).map { Operation(method: method, path: path.string ?? "", node: $0) } }
        }
    }

    /// Every `$ref` anywhere in the document.
    var references: [String] {
        var found: [String] = []
        func visit(_ node: Node) {
            if let mapping = node.mapping {
                for (key, value) in mapping {
                    if key.string == "$ref", let reference = value.string { found.append(reference) } else { visit(value) }
                }
            } else if let sequence = node.sequence {
                sequence.forEach(visit)
            }
        }
        visit(root)
        return found
    }

    /// The node a local reference (`#/components/...`) points at.
    func resolve(_ reference: String) -> Node? {
        guard reference.hasPrefix("#/") else { return nil }
        return reference.dropFirst(2).split(separator: "/").reduce(Optional(root)) { node, key in node?.field(String(key)) }
    }

    func schemaEnum(_ name: String) throws -> [String] {
        try #require(root.field("components")?.field("schemas")?.field(name)?.field("enum")?.sequence).compactMap(\.string)
    }

    func schemaRequired(_ name: String) throws -> [String] {
        try #require(root.field("components")?.field("schemas")?.field(name)?.field("required")?.sequence).compactMap(\.string)
    }
}

extension Node {
    /// The value of a mapping's key written `name`, quoted or not (Yams' own subscript also compares the
    /// key's tag, so `"201"` and `201` would differ).
    func field(_ name: String) -> Node? {
        mapping?.first { key, _ in key.string == name }?.value
    }
}

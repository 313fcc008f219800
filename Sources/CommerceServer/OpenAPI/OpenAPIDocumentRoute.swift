import Foundation
import Hummingbird
import NIOCore

/// `GET /openapi.yaml`: the OpenAPI 3.1 document of every route (the repository's `openapi.yaml`, shipped as a
/// resource), no token needed.
struct OpenAPIDocumentRoute {
    static let contentType = "application/yaml; charset=utf-8"
    let document: ByteBuffer

    /// Reads the document from the resources.
    static func load() throws -> OpenAPIDocumentRoute {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "yaml") else {
            throw OpenAPIDocumentError.missing
        }
        return OpenAPIDocumentRoute(document: ByteBuffer(bytes: try Data(contentsOf: url)))
    }

    func register(on router: Router<CommerceRequestContext>, table: inout RouteTable) {
        let document = self.document
        router.get("openapi.yaml") { _, _ in
            var headers = HTTPFields()
            headers[.contentType] = Self.contentType
            return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: document))
        }
        table.add(.get, "openapi.yaml")
    }
}

/// The document is not among the resources.
enum OpenAPIDocumentError: Error {
    case missing
}

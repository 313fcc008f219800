import Foundation
import Hummingbird
import Mustache
import NIOCore

/// The dashboard's Mustache templates (`Dashboard/Templates/*.mustache`, shipped as resources), and the
/// rendering of a page: a page template renders the page's body, which the `layout` template wraps. Every
/// `{{value}}` is HTML-escaped by Mustache, so customer data can never become markup.
struct DashboardTemplates: Sendable {
    private let library: MustacheLibrary

    /// Loads every template in the resource folder.
    static func load() throws -> DashboardTemplates {
        guard let folder = Bundle.module.resourceURL?.appendingPathComponent("Templates") else {
            throw DashboardTemplateError.missingFolder
        }
        var library = MustacheLibrary()
        for file in try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        where file.pathExtension == "mustache" {
            try library.register(String(contentsOf: file, encoding: .utf8), named: file.deletingPathExtension().lastPathComponent)
        }
        return DashboardTemplates(library: library)
    }

    /// A whole HTML page: `template` rendered with `model` inside the layout, answered with `status`.
    func page(_ template: String, title: String, model: Any, viewer: DashboardViewer?,
              status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) throws -> Response {
        guard let body = library.render(model, withTemplate: template),
              let html = library.render(DashboardLayout(title: title, body: body, viewer: viewer), withTemplate: "layout")
        else { throw DashboardTemplateError.missingTemplate(template) }
        var fields = headers
        fields[.contentType] = "text/html; charset=utf-8"
        fields[.cacheControl] = "no-store"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}

/// What the layout shows around every page.
private struct DashboardLayout {
    let title: String
    /// The page's own HTML, already rendered (and escaped) by its template.
    let body: String
    let signedIn: Bool
    let partner: String
    let isOperator: Bool

    init(title: String, body: String, viewer: DashboardViewer?) {
        self.title = title
        self.body = body
        signedIn = viewer != nil
        partner = viewer?.identity.tenantId ?? ""
        isOperator = viewer?.identity.isOperator ?? false
    }
}

/// A template that could not be found or loaded.
enum DashboardTemplateError: Error {
    case missingFolder
    case missingTemplate(String)
}

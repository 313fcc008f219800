import CommerceCore
import Hummingbird
import Logging
import NIOCore
import PartnerCenterModels

/// Turns every error a route or later middleware throws into Partner Center's error body. Unexpected errors
/// are logged with the correlation id and answered 500 800003 without internals.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = CommerceRequestContext
    let routes: RouteTableBox

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as CommerceError {
            return CommerceErrorResponse.make(error)
        } catch let error as JSONInputError {
            return CommerceErrorResponse.make(.invalidInput(error.path, error.message))
        } catch is NIOTooManyBytesError {
            return CommerceErrorResponse.make(.bodyTooLarge(limit: RequestBodyReader.maximumBytes))
        } catch let error as HTTPError where error.status == .notFound {
            let path = request.uri.path
            if routes.table.hasRoute(path: path, otherThan: request.method) {
                return CommerceErrorResponse.make(.methodNotAllowed(request.method.rawValue, path))
            }
            return CommerceErrorResponse.make(.routeNotFound(path))
        } catch let error as HTTPError where error.status == .contentTooLarge {
            return CommerceErrorResponse.make(.bodyTooLarge(limit: RequestBodyReader.maximumBytes))
        } catch {
            context.logger.error("unexpected error", metadata: [
                "correlationId": .string(context.requestIds.correlationId),
                "requestId": .string(context.requestIds.requestId),
                "path": .string(request.uri.path),
                "error": .string(String(reflecting: error)),
            ])
            return CommerceErrorResponse.make(.unexpected(correlationId: context.requestIds.correlationId))
        }
    }
}

import Foundation
import CommerceCore
import Hummingbird
import PartnerCenterModels

/// Renders a ``CommerceError`` as Partner Center's error body.
enum CommerceErrorResponse {
    /// Raised when a route behind authentication runs without an identity (a wiring mistake, answered 500).
    static let missingIdentity = CommerceError(httpStatus: 500, code: 800003, description: "No caller identity.")

    static func make(_ error: CommerceError) -> Response {
        let fault = ApiFault(code: error.code, description: error.description, data: error.data)
        let body = (try? PartnerJSONEncoder().encode(fault)) ?? Data(#"{"code":800003,"description":"error","data":[],"source":"PartnerCommerce"}"#.utf8)
        var headers: HTTPFields = [:]
        if error.httpStatus == 401 {
            headers[.wwwAuthenticate] = #"Bearer realm="PartnerCommerce", error="invalid_token""#
        }
        return JSONResponse.bytes(body, status: HTTPResponse.Status(code: error.httpStatus), headers: headers)
    }
}

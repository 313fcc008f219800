import Foundation
import NIOHTTP1
import PartnerCenterModels

/// Turns an error answer into a ``PartnerError``: Partner Center's `{code, description, data}` body, the gateway's
/// `{statusCode, message}` throttling body, or whatever text came back.
enum ErrorAnswerReader {
    static func error(status: Int, headers: HTTPHeaders, body: Data, requestId: String, correlationId: String) -> PartnerError {
        let retryAfter = retryAfter(headers)
        var error = PartnerError(
            category: PartnerError.Category(httpStatus: status, retryAfter: retryAfter),
            description: "HTTP \(status) with no error description.", httpStatus: status,
            requestId: requestId, correlationId: correlationId)
        let decoder = TolerantJSONDecoder()
        if let fault = try? decoder.decode(ApiFault.self, from: body), fault.code != 0 || !fault.description.isEmpty {
            error.code = fault.code == 0 ? nil : fault.code
            error.description = fault.description.isEmpty ? error.description : fault.description
            error.data = fault.data
        } else if let throttling = try? decoder.decode(ThrottlingFault.self, from: body), !throttling.message.isEmpty {
            error.description = throttling.message
        } else {
            let text = String(decoding: body.prefix(1_000), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
            if !text.isEmpty { error.description = "HTTP \(status): \(text)" }
        }
        return error
    }

    /// `Retry-After` in whole or fractional seconds; `nil` when absent or not a number.
    static func retryAfter(_ headers: HTTPHeaders) -> Duration? {
        guard let text = headers.first(name: "Retry-After")?.trimmingCharacters(in: .whitespaces),
              let seconds = Double(text), seconds >= 0, seconds.isFinite else { return nil }
        return .milliseconds(Int64((seconds * 1_000).rounded()))
    }
}

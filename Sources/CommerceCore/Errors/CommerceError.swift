/// A refusal the domain decides: an HTTP status, Partner Center's error code, a description naming what is
/// wrong, and optional data. One middleware turns it into the `{"code", "description", "data", "source"}` body.
public struct CommerceError: Error, Sendable, Equatable {
    /// The HTTP status to answer with.
    public var httpStatus: Int
    /// Partner Center's error code.
    public var code: Int
    /// What is wrong and which field or resource it concerns.
    public var description: String
    /// Extra values, e.g. line-item ids.
    public var data: [String]

    /// Creates an error.
    public init(httpStatus: Int, code: Int, description: String, data: [String] = []) {
        self.httpStatus = httpStatus
        self.code = code
        self.description = description
        self.data = data
    }
}

extension CommerceError {
    /// 400 800002: malformed or invalid input; `path` is the JSON path of the field at fault.
    public static func invalidInput(_ path: String, _ problem: String) -> CommerceError {
        let subject = path.isEmpty ? "request body" : path
        return CommerceError(httpStatus: 400, code: 800002, description: "Invalid \(subject): \(problem)")
    }

    /// 400 900118: a customer id that is not a GUID.
    public static func invalidCustomerId(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 400, code: 900118, description: "Invalid customer id '\(id)': it must be a GUID.")
    }

    /// 401 800001: no usable credentials.
    public static func unauthorized(_ reason: String) -> CommerceError {
        CommerceError(httpStatus: 401, code: 800001, description: "Authentication failed: \(reason)")
    }

    /// 403 20002: the customer is not the caller's (also when it does not exist at all).
    public static func customerNotFound(partner: String, customer: String) -> CommerceError {
        CommerceError(httpStatus: 403, code: 20002,
                      description: "Partner \(partner) has no commerce relationship with customer \(customer).")
    }

    /// 404 800008: the cart does not exist or has expired.
    public static func cartNotFound(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 404, code: 800008, description: "Unable to retrieve cart \(id): it does not exist or has expired.")
    }

    /// 404 20000: no such order.
    public static func orderNotFound(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 404, code: 20000, description: "Order ID \(id) not found.")
    }

    /// 404 1000: no such subscription.
    public static func subscriptionNotFound(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 404, code: 1000, description: "Subscription \(id) not found.")
    }

    /// 404 1000: no such offer.
    public static func offerNotFound(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 404, code: 1000, description: "Offer \(id) not found in this market.")
    }

    /// 404 400013: no such product.
    public static func productNotFound(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 404, code: 400013, description: "Product \(id) not found in this market.")
    }

    /// 404 400018: no such SKU.
    public static func skuNotFound(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 404, code: 400018, description: "SKU \(id) not found in this market.")
    }

    /// 404 400019: no such availability.
    public static func availabilityNotFound(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 404, code: 400019, description: "Availability \(id) not found in this market.")
    }

    /// 400 800009: checkout of a cart whose line items carry errors; `data` lists their ids.
    public static func cartHasErrors(lineItemIds: [Int]) -> CommerceError {
        let ids = lineItemIds.map(String.init)
        return CommerceError(httpStatus: 400, code: 800009,
                             description: "Error in cart item(s) \(ids.joined(separator: ", ")): fix or remove them before checkout.",
                             data: ids)
    }

    /// 400 800065: an ordered cart cannot be changed.
    public static func cartAlreadyOrdered(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 400, code: 800065, description: "Cart \(id) has already been checked out and can't be changed.")
    }

    /// 409 800064: another request is checking out the same cart.
    public static func cartBeingCheckedOut(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 409, code: 800064, description: "Cart \(id) is being processed by another request.")
    }

    /// 412 800002: the cart changed since the client's `If-Match` ETag.
    public static func staleETag(_ id: String) -> CommerceError {
        CommerceError(httpStatus: 412, code: 800002,
                      description: "Cart \(id) has changed since it was read: the If-Match ETag is stale.")
    }

    /// 400 800002: only cancellation is supported through PATCH.
    public static func unsupportedOrderUpdate(_ detail: String) -> CommerceError {
        CommerceError(httpStatus: 400, code: 800002, description: "Invalid status: \(detail)")
    }

    /// 400 800002: an `MS-RequestId` already used for a different request.
    public static func requestIdReused(_ requestId: String) -> CommerceError {
        CommerceError(httpStatus: 400, code: 800002,
                      description: "MS-RequestId \(requestId) was already used for a different request; use a new id for a new request.")
    }

    /// 409 800064: a request with this `MS-RequestId` is still being processed.
    public static func requestStillRunning(_ requestId: String) -> CommerceError {
        CommerceError(httpStatus: 409, code: 800064, description: "The request with MS-RequestId \(requestId) is still being processed.")
    }

    /// 405 3000: the route does not take this method.
    public static func methodNotAllowed(_ method: String, _ path: String) -> CommerceError {
        CommerceError(httpStatus: 405, code: 3000, description: "Method \(method) is not allowed on \(path).")
    }

    /// 404 800008-like not-found for an unknown route.
    public static func routeNotFound(_ path: String) -> CommerceError {
        CommerceError(httpStatus: 404, code: 3000, description: "No resource at \(path).")
    }

    /// 413 800002: the body is over the limit.
    public static func bodyTooLarge(limit: Int) -> CommerceError {
        CommerceError(httpStatus: 413, code: 800002, description: "Request body is larger than \(limit) bytes.")
    }

    /// 408 800002: the body did not arrive in time.
    public static func bodyTooSlow(seconds: Int) -> CommerceError {
        CommerceError(httpStatus: 408, code: 800002, description: "The request body did not arrive within \(seconds) seconds.")
    }

    /// 500 800003: an unexpected failure; the log has the details, keyed by correlation id.
    public static func unexpected(correlationId: String) -> CommerceError {
        CommerceError(httpStatus: 500, code: 800003,
                      description: "An unexpected error occurred. Correlation id: \(correlationId).")
    }
}

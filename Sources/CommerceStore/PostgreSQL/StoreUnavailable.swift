import CommerceCore

extension CommerceError {
    /// 503 800003: the database cannot be reached (it is restarting, or the connection broke mid-request).
    /// The request's transaction did not commit, or its outcome is unknown; repeating it with the same
    /// `MS-RequestId` is safe.
    public static let storeUnavailable = CommerceError(
        httpStatus: 503, code: 800003,
        description: "The database is unavailable at the moment; the request was not completed. Try again shortly.")
}

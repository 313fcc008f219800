/// The single error type for malformed or unexpected JSON input, thrown by ``JSONParser`` and
/// ``TolerantJSONDecoder``.
///
/// `path` locates the problem in JSON-path style relative to the document root: the root is the
/// empty string `""`, members follow dots (`lineItems[2].quantity`), indexes use brackets, and
/// keys that are not identifier-like are quoted (`attributes["object type"]`). Where a key was
/// matched case-insensitively, the path uses the spelling the client sent.
///
/// `message` says what was expected and what was found, for example
/// `expected an integer, found string "1"` or `required property is missing`.
public struct JSONInputError: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where in the document the problem is; `""` is the root.
    public var path: String
    /// What was expected and what was found.
    public var message: String
    /// Where in the input text the problem is; set for syntax errors, `nil` for errors found
    /// while decoding an already parsed value.
    public var location: JSONTextLocation?

    /// Creates an error.
    public init(path: String, message: String, location: JSONTextLocation? = nil) {
        self.path = path
        self.message = message
        self.location = location
    }

    /// Creates an error at a coding path.
    init(codingPath: [any CodingKey], message: String) {
        self.init(path: JSONPath.render(codingPath), message: message)
    }

    /// Converts a `DecodingError` raised by a model or another container, keeping its coding
    /// path and its description.
    init(_ error: DecodingError) {
        switch error {
        case .typeMismatch(_, let context), .dataCorrupted(let context):
            self.init(codingPath: context.codingPath, message: context.debugDescription)
        case .valueNotFound(_, let context):
            self.init(codingPath: context.codingPath,
                      message: context.debugDescription.isEmpty ? "value is missing" : context.debugDescription)
        case .keyNotFound(let key, let context):
            self.init(codingPath: context.codingPath + [key], message: "required property is missing")
        @unknown default:
            self.init(path: "", message: String(describing: error))
        }
    }

    /// `path: message (location)`, with `(root)` for the empty path.
    public var description: String {
        var text = "\(path.isEmpty ? "(root)" : path): \(message)"
        if let location { text += " at \(location)" }
        return text
    }
}

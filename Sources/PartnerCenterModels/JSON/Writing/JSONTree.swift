/// The value tree an ``JSONTreeEncoder`` builds before it is written out: objects and arrays are references,
/// so containers handed out by the encoder can keep filling them.
enum JSONTree {
    case object(Members)
    case array(Elements)
    case string(String)
    /// A number, already spelled as it is written.
    case number(String)
    case bool(Bool)
    case null
    /// A value encoded through a super-encoder, read when the tree is written.
    case deferred(JSONTreeEncoder)

    /// An object's members; a key encoded twice keeps its last value, as Foundation's encoder does.
    final class Members {
        var values: [String: JSONTree] = [:]
    }

    /// An array's elements.
    final class Elements {
        var values: [JSONTree] = []
    }
}

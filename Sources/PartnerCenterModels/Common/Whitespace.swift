extension StringProtocol {
    /// Whether the text is empty or holds only whitespace as `CharacterSet.whitespaces` defines it (tab and the
    /// space separators), decided on the text's scalars, without bridging to `NSString` as Foundation's
    /// trimming does.
    public var isBlank: Bool {
        unicodeScalars.allSatisfy(\.isHorizontalWhitespace)
    }

    /// The text without leading and trailing whitespace: what `trimmingCharacters(in: .whitespaces)` gives,
    /// without bridging to `NSString`.
    public func trimmingWhitespace() -> String {
        // Text that starts and ends with a visible ASCII character (a token, an id) has nothing to trim.
        let text = String(self)
        if let first = text.utf8.first, let last = text.utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) {
            return text
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isHorizontalWhitespace }),
              let last = scalars.lastIndex(where: { !$0.isHorizontalWhitespace }) else { return "" }
        var trimmed = String.UnicodeScalarView()
        trimmed.append(contentsOf: scalars[first...last])
        return String(trimmed)
    }
}

extension Unicode.Scalar {
    /// A member of `CharacterSet.whitespaces`: tab, a space separator (general category Zs), or the zero
    /// width space, which Foundation's set also holds.
    var isHorizontalWhitespace: Bool {
        self == "\t" || self == "\u{200B}" || properties.generalCategory == .spaceSeparator
    }
}

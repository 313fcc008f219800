import Foundation

extension StringProtocol {
    /// Whether the two texts are equal ignoring case, as `caseInsensitiveCompare(_:) == .orderedSame` decides.
    /// Two ASCII texts are compared byte by byte, folding only `A`–`Z`, which is what that comparison does for
    /// them; any other text goes through Foundation.
    func matchesIgnoringCase(_ other: some StringProtocol) -> Bool {
        var mine = utf8.makeIterator()
        var theirs = other.utf8.makeIterator()
        while true {
            switch (mine.next(), theirs.next()) {
            case (nil, nil):
                return true
            case let (left?, right?) where left < 0x80 && right < 0x80:
                guard Self.foldedASCII(left) == Self.foldedASCII(right) else { return false }
            case let (left, right) where (left ?? 0) < 0x80 && (right ?? 0) < 0x80:
                return false
            default:
                return caseInsensitiveCompare(other) == .orderedSame
            }
        }
    }

    private static func foldedASCII(_ byte: UInt8) -> UInt8 {
        (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
    }
}

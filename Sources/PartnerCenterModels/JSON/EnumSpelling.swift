/// Folds the many spellings clients use for enumeration values into one comparable key.
///
/// Partner Center documentation and clients write the same value as `one_time`, `OneTime`,
/// `oneTime`, `onetime` or `ONE_TIME`; all of them fold to `onetime`.
public enum EnumSpelling {
    /// Lowercases `raw` and removes underscores, hyphens and spaces.
    public static func key(_ raw: String) -> String {
        String(raw.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " })
    }

    /// Whether two spellings fold to the same key, exactly as `key(left) == key(right)`; when both are
    /// ASCII (enumeration values always are, and clients' spellings nearly always), without building
    /// either key.
    public static func matches(_ left: String, _ right: String) -> Bool {
        guard ASCIIText.isASCII(left), ASCIIText.isASCII(right) else { return key(left) == key(right) }
        var leftBytes = left.utf8.makeIterator()
        var rightBytes = right.utf8.makeIterator()
        while true {
            let leftByte = nextFolded(&leftBytes)
            guard leftByte == nextFolded(&rightBytes) else { return false }
            if leftByte == nil { return true }
        }
    }

    /// The next byte that `key` keeps, lowercased.
    private static func nextFolded(_ bytes: inout String.UTF8View.Iterator) -> UInt8? {
        while let byte = bytes.next() {
            switch byte {
            case UInt8(ascii: "_"), UInt8(ascii: "-"), UInt8(ascii: " "): continue
            default: return ASCIIText.lowercased(byte)
            }
        }
        return nil
    }
}

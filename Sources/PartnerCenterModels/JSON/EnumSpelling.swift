/// Folds the many spellings clients use for enumeration values into one comparable key.
///
/// Partner Center documentation and clients write the same value as `one_time`, `OneTime`,
/// `oneTime`, `onetime` or `ONE_TIME`; all of them fold to `onetime`.
public enum EnumSpelling {
    /// Lowercases `raw` and removes underscores, hyphens and spaces.
    public static func key(_ raw: String) -> String {
        String(raw.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != " " })
    }
}

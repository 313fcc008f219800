import Foundation
import Logging
import PartnerCenterModels

/// A swift-log handler that writes each record as one JSON object per line: `time`, `level`, `label`,
/// `message`, and every metadata value as a top-level string field.
public struct JSONLogHandler: LogHandler {
    public var logLevel: Logger.Level = .info
    public var metadata: Logger.Metadata = [:]
    private let label: String
    private let write: @Sendable (Data) -> Void

    /// A handler writing to standard error, in batches (see ``BufferedStandardError``).
    public static func standardError(label: String) -> JSONLogHandler {
        JSONLogHandler(label: label) { line in BufferedStandardError.shared.append(line) }
    }

    /// A handler passing each line (UTF-8, with its newline) to `write`.
    public init(label: String, write: @escaping @Sendable (Data) -> Void) {
        self.label = label
        self.write = write
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        // Later fields win over earlier ones with the same key: the event's metadata over the handler's, and
        // the line's own fields over both.
        var fields: [(key: String, value: String)] = []
        fields.reserveCapacity(metadata.count + (event.metadata?.count ?? 0) + 4)
        for (key, value) in metadata { fields.append((key, value.description)) }
        for (key, value) in event.metadata ?? [:] { fields.append((key, value.description)) }
        fields.append(("time", PartnerTimestamp(Date()).description))
        fields.append(("level", event.level.rawValue))
        fields.append(("label", label))
        fields.append(("message", "\(event.message)"))
        var line = PartnerJSONEncoder.flatObject(fields)
        line.append(UInt8(ascii: "\n"))
        write(line)
    }
}

import CommerceServer
import Foundation
import Logging
import Synchronization
import Testing

/// Request logs are one JSON object per line, whatever the message and metadata hold.
@Suite struct JSONLogHandlerTests {
    @Test func eachRecordIsOneLineOfJSONWithItsMetadata() throws {
        let lines = Mutex<[String]>([])
        var handler = JSONLogHandler(label: "partner-commerce") { line in
            lines.withLock { $0.append(String(decoding: line, as: UTF8.self)) }
        }
        handler[metadataKey: "requestId"] = "r-1"
        var logger = Logger(label: "partner-commerce", factory: { _ in handler })
        logger.logLevel = .info
        logger.info("request \"quoted\"\nsecond line", metadata: ["path": "/v1/customers/é", "status": "201"])
        logger.debug("not written below the level")

        let written = lines.withLock { $0 }
        #expect(written.count == 1)
        let line = try #require(written.first)
        #expect(line.hasSuffix("}\n"))
        #expect(line.dropLast().contains("\n") == false, "the message's newline is escaped")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
        #expect(object["message"] == "request \"quoted\"\nsecond line")
        #expect(object["path"] == "/v1/customers/é")
        #expect(object["status"] == "201")
        #expect(object["requestId"] == "r-1")
        #expect(object["level"] == "info")
        #expect(object["label"] == "partner-commerce")
        #expect(object["time"]?.hasSuffix("Z") == true)
    }
}

import Foundation
import PartnerCenterModels

/// Files shipped with the tests, and reading the tool's `--json` output.
enum Fixtures {
    /// The path of a fixture, to pass as `--file`.
    static func path(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures") else {
            throw FixtureError.missing(name)
        }
        return url.path
    }

    enum FixtureError: Error {
        case missing(String)
    }
}

extension CommandLineTool.Result {
    /// Standard output decoded as a wire resource.
    func decoded<Resource: Decodable>(_ type: Resource.Type) throws -> Resource {
        try TolerantJSONDecoder().decode(Resource.self, from: Data(standardOutput.utf8))
    }

    /// The GUID that follows `correlation id: ` on standard error.
    var correlationId: String? {
        guard let range = standardError.range(of: #"correlation id: [0-9a-f-]{36}"#, options: .regularExpression) else { return nil }
        return String(standardError[range].dropFirst("correlation id: ".count))
    }
}

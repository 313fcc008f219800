import Foundation
import PartnerCenterModels

/// How resources are serialised into the store: the same JSON the server answers with, so a stored body can
/// be answered as it is.
enum StoredJSON {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        try PartnerJSONEncoder().encode(value)
    }

    static func decode<T: Decodable>(_ type: T.Type, from data: Data, what: String) throws -> T {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = PartnerTimestamp.parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "bad timestamp \(text)")
            }
            return date
        }
        do {
            return try decoder.decode(type, from: data)
        } catch {
            throw StoreError.corrupt("\(what): \(error)")
        }
    }
}

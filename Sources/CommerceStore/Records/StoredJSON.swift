import Foundation
import PartnerCenterModels

/// How resources are serialised into the store: the same JSON the server answers with, so a stored body can
/// be answered as it is.
enum StoredJSON {
    static func encode<T: Encodable>(_ value: T) throws -> Data {
        try PartnerJSONEncoder().encode(value)
    }

    /// Reads a body written by ``encode(_:)``, reporting one that cannot be read as `StoreError.corrupt`.
    ///
    /// The tolerant decoder reads what ``PartnerJSONEncoder`` writes into the same values as Foundation's
    /// `JSONDecoder` did here (keys as written, timestamps through ``PartnerTimestamp``; `StoredJSONTests`
    /// compares the two), in about two thirds of the time; orders and carts it reads from the form the encoder writes
    /// without going through `Decodable` (see `JSONDirectlyReadable`). Nesting may go as deep as the decoder supports.
    static func decode<T: Decodable>(_ type: T.Type, from data: Data, what: String) throws -> T {
        do {
            return try decoder.decode(type, from: data)
        } catch {
            throw StoreError.corrupt("\(what): \(error)")
        }
    }

    private static let decoder = TolerantJSONDecoder(maxDepth: JSONParser.maximumSupportedDepth)
}

import GRDB
import Testing
@testable import CommerceStore

/// Listing a customer's orders costs what that customer has, however many orders other customers hold.
@Suite struct OrderListingCostTests {
    @Test(arguments: [SQLiteCommerceStore.OrderListing.all, SQLiteCommerceStore.OrderListing.ofBillingCycle])
    func theListingSearchesTheCustomerIndexAndScansNothing(sql: String) async throws {
        let store = try makeMemoryStore()
        let plan = try await store.writer.read { db in
            let placeholders = sql.filter { $0 == "?" }.count
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql,
                                    arguments: StatementArguments(Array(repeating: "x", count: placeholders)))
                .map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.hasPrefix("SEARCH orders USING INDEX orders_by_customer") }, "\(plan)")
        #expect(!plan.contains { $0.hasPrefix("SCAN") }, "\(plan)")
    }
}

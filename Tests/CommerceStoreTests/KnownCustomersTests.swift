import CommerceCore
@testable import CommerceStore
import Foundation
import Testing

/// The SQLite store remembers customers it has found, and never answers for one that is gone.
@Suite("Known customers")
struct KnownCustomersTests {
    @Test func aDeletedCustomerIsNotFoundAgainAfterItWasRemembered() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord()
        try await store.insertCustomer(customer)
        let found = try await store.customerAccess(partner: customer.partnerId, id: customer.id.uppercased())
        #expect(found == CustomerAccess(id: customer.id, partnerId: customer.partnerId, country: customer.country))
        #expect(store.knownCustomers.lookUp(partner: customer.partnerId.uppercased(), id: customer.id).known == found)
        #expect(try await store.deleteCustomer(partner: customer.partnerId, id: customer.id))
        #expect(store.knownCustomers.lookUp(partner: customer.partnerId, id: customer.id).known == nil)
        #expect(try await store.customerAccess(partner: customer.partnerId, id: customer.id) == nil)
    }

    @Test func aResetForgetsEveryCustomer() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord()
        try await store.insertCustomer(customer)
        #expect(try await store.customerAccess(partner: customer.partnerId, id: customer.id) != nil)
        try await store.resetAll()
        #expect(try await store.customerAccess(partner: customer.partnerId, id: customer.id) == nil)
    }

    @Test func anotherPartnerDoesNotFindARememberedCustomer() async throws {
        let store = try makeMemoryStore()
        let customer = customerRecord(partner: Partners.contoso)
        try await store.insertCustomer(customer)
        #expect(try await store.customerAccess(partner: Partners.contoso, id: customer.id) != nil)
        #expect(try await store.customerAccess(partner: Partners.fabrikam, id: customer.id) == nil)
    }

    @Test func aReadThatRacedWithAForgettingIsNotRemembered() {
        let known = KnownCustomers()
        let customer = CustomerAccess(id: "c1", partnerId: "p1", country: "US")
        let (_, generation) = known.lookUp(partner: "p1", id: "c1")
        known.forget(partner: "p1", id: "c1")
        known.remember(customer, readIn: generation)
        #expect(known.lookUp(partner: "p1", id: "c1").known == nil)
        let (_, current) = known.lookUp(partner: "p1", id: "c1")
        known.remember(customer, readIn: current)
        #expect(known.lookUp(partner: "P1", id: "C1").known == customer)
    }
}

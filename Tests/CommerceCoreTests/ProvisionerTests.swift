@testable import CommerceCore
import Foundation
import PartnerCenterModels
import Testing

@Suite("Provisioner: subscriptions for a pending order")
struct ProvisionerTests {
    /// When the provisioning worker runs: ten seconds after checkout.
    private let provisionedAt = fixedNow.addingTimeInterval(10)

    /// The seed cart's pending order for `group`, and the same order provisioned.
    private func provisioned(group: String) throws -> (pending: Order, completed: Order, subscriptions: [Subscription]) {
        let harness = try CartHarness()
        let plan = try harness.plan(try harness.composedSeedCart())
        let pending = try #require(plan.placedOrders.first { $0.orderGroup == group }?.order)
        let (completed, subscriptions) = Provisioner(catalog: harness.catalog)
            .provision(pending, customerId: testCustomerId, now: provisionedAt)
        return (pending, completed, subscriptions)
    }

    private func utcDate(_ year: Int, _ month: Int, _ day: Int, _ hour: Int) throws -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = try #require(TimeZone(identifier: "UTC"))
        return try #require(calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, second: 10)))
    }

    @Test func makesOneSubscriptionPerLineItemAndCompletesTheOrder() throws {
        let (pending, completed, subscriptions) = try provisioned(group: "0")
        #expect(pending.status == .pending)
        #expect(completed.status == .completed)
        #expect(subscriptions.count == 3)
        #expect(Set(subscriptions.map(\.id)).count == 3)
        #expect(completed.lineItems?.map(\.subscriptionId) == subscriptions.map { Optional($0.id) })
        #expect(subscriptions.map(\.offerId) == [CatalogIds.reservationOneYear, CatalogIds.reservationThreeYears, CatalogIds.perpetualSqlServer])
        for (line, subscription) in zip(completed.lineItems ?? [], subscriptions) {
            #expect(line.links?.subscription?.uri == "/customers/\(testCustomerId)/subscriptions/\(subscription.id)")
        }
    }

    @Test func subscriptionCarriesTheFieldsOfTheSpecification() throws {
        let (_, completed, subscriptions) = try provisioned(group: "1")
        let subscription = try #require(subscriptions.first)
        #expect(subscriptions.count == 1)
        #expect(ResourceIdentifiers.isGUID(subscription.id))
        #expect(subscription.offerId == CatalogIds.saasBarracuda)
        #expect(subscription.offerName == "Barracuda WaaS - Medium Plan")
        #expect(subscription.friendlyName == "Barracuda WaaS - Medium Plan")
        #expect(subscription.quantity == 1)
        #expect(subscription.status == .active)
        #expect(subscription.billingCycle == .monthly)
        #expect(subscription.termDuration == "P1M")
        #expect(subscription.creationDate == provisionedAt)
        #expect(subscription.effectiveStartDate == provisionedAt)
        // 2024-06-01T12:00:10Z + one month.
        #expect(subscription.commitmentEndDate == (try utcDate(2024, 7, 1, 12)))
        #expect(subscription.autoRenewEnabled == true)
        #expect(subscription.isTrial == false)
        #expect(subscription.orderId == completed.id)
        #expect(subscription.links?.`self`?.uri == "/customers/\(testCustomerId)/subscriptions/\(subscription.id)")
        #expect(subscription.attributes?.objectType == "Subscription")
    }

    @Test func commitmentEndDateIsStartPlusTerm() throws {
        let (_, _, subscriptions) = try provisioned(group: "0")
        #expect(subscriptions[0].commitmentEndDate == (try utcDate(2025, 6, 1, 12)))
        #expect(subscriptions[1].commitmentEndDate == (try utcDate(2027, 6, 1, 12)))
        // Perpetual software has no term, so no commitment end.
        #expect(subscriptions[2].termDuration == nil)
        #expect(subscriptions[2].commitmentEndDate == nil)
    }

    @Test func trialSubscriptionIsATrialThatRenewsIntoItsRenewalTerm() throws {
        let (_, _, subscriptions) = try provisioned(group: "2")
        let trial = try #require(subscriptions.first)
        #expect(trial.isTrial == true)
        #expect(trial.quantity == 10)
        #expect(trial.billingCycle == BillingCycle.none)
        #expect(trial.renewalTermDuration == "P1Y")
        #expect(trial.autoRenewEnabled == true)
    }

    @Test func provisioningStatusIsPrefulfillmentPendingBeforeAndFulfilledAfter() throws {
        let (pending, completed, _) = try provisioned(group: "0")
        let before = Provisioner.provisioningStatus(of: pending)
        #expect(before.map(\.lineItemNumber) == [0, 1, 2])
        #expect(before.map(\.status) == Array(repeating: "prefulfillmentPending", count: 3))
        #expect(before.map { $0.quantityProvisioningInformation } == Array(
            repeating: [QuantityProvisioningStatus(quantity: 1, status: "prefulfillmentPending")], count: 3))
        let after = Provisioner.provisioningStatus(of: completed)
        #expect(after.map(\.status) == Array(repeating: "fulfilled", count: 3))
        #expect(after.first?.quantityProvisioningInformation.first?.status == "fulfilled")
    }

    @Test func cancelledOrderIsUnfulfilled() throws {
        var (pending, _, _) = try provisioned(group: "2")
        pending.status = .cancelled
        let status = Provisioner.provisioningStatus(of: pending)
        #expect(status.map(\.status) == ["unfulfilled"])
        #expect(status.first?.quantityProvisioningInformation == [QuantityProvisioningStatus(quantity: 10, status: "unfulfilled")])
    }
}

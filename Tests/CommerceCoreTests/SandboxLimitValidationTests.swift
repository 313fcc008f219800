@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Line-item error 10009: sandbox limits")
struct SandboxLimitValidationTests {
    private func sandbox(existingSubscriptions: Int = 0) -> PurchaseContext {
        PurchaseContext(country: "US", sandboxLimits: .partnerCenterSandbox, existingSubscriptionCount: existingSubscriptions)
    }

    @Test func partnerCenterSandboxLimitsAreThePublishedOnes() {
        #expect(SandboxLimits.partnerCenterSandbox == SandboxLimits(
            customersPerPartner: 75, subscriptionsPerCustomer: 5, licencesPerSubscription: 25))
    }

    @Test func moreThanTwentyFiveLicencesIsRefused() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.businessBasic, quantity: 26), context: sandbox())
        #expect(error.errorCode == 10009)
        #expect(error.errorDescription.contains("quantity 26"))
        #expect(error.errorDescription.contains("25 licences per subscription"))
    }

    @Test func twentyFiveLicencesIsAccepted() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, quantity: 25), context: sandbox())
        #expect(item.error == nil)
    }

    @Test func sixthSubscriptionIsRefused() throws {
        let error = try CartHarness().error(of: lineItem(CatalogIds.businessBasic), context: sandbox(existingSubscriptions: 5))
        #expect(error.errorCode == 10009)
        #expect(error.errorDescription.contains("5 subscriptions per customer"))
    }

    @Test func sixthSubscriptionInTheSameCartIsRefused() throws {
        let items = (0..<2).map { lineItem(id: $0, CatalogIds.businessBasic) }
        let checked = try CartHarness().check(items, context: sandbox(existingSubscriptions: 4))
        #expect(checked[0].error == nil)
        #expect(checked[1].error?.errorCode == 10009)
        #expect(checked[1].orderGroup == nil)
    }

    @Test func withoutSandboxLimitsLargeQuantitiesAndManySubscriptionsPass() throws {
        let items = (0..<7).map { lineItem(id: $0, CatalogIds.businessBasic, quantity: 300) }
        let checked = try CartHarness().check(items, context: PurchaseContext(country: "US", existingSubscriptionCount: 50))
        #expect(checked.allSatisfy { $0.error == nil })
    }
}

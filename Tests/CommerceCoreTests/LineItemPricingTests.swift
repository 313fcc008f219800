@testable import CommerceCore
import PartnerCenterModels
import Testing

@Suite("Line-item pricing")
struct LineItemPricingTests {
    @Test func oneYearBilledMonthlyCostsTwelvePeriods() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, quantity: 3, billingCycle: .monthly, termDuration: "P1Y"))
        let pricing = try #require(item.pricing)
        #expect(pricing.listPrice == 6.0)
        #expect(pricing.extendedPrice == 12 * 6.0 * 3)
        #expect(pricing.price == 6.0)
        #expect(pricing.discountedPrice == 6.0)
        #expect(pricing.proratedPrice == 6.0)
    }

    @Test func oneYearBilledAnnuallyCostsOnePeriod() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, quantity: 3, billingCycle: .annual, termDuration: "P1Y"))
        let pricing = try #require(item.pricing)
        #expect(pricing.listPrice == 72.0)
        #expect(pricing.extendedPrice == 72.0 * 3)
    }

    @Test func threeYearsBilledAnnuallyCostsThreePeriods() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.microsoft365E3, quantity: 2, billingCycle: .annual, termDuration: "P3Y"))
        let pricing = try #require(item.pricing)
        #expect(pricing.listPrice == 432.0)
        #expect(pricing.extendedPrice == 432.0 * 2 * 3)
    }

    @Test func oneMonthBilledMonthlyCostsOnePeriodAtTheMonthlyPrice() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, quantity: 4, billingCycle: .monthly, termDuration: "P1M"))
        #expect(item.pricing?.listPrice == 7.2)
        #expect(item.pricing?.extendedPrice == 28.8)
    }

    @Test func extendedPriceIsRoundedToCents() throws {
        // 10.25 × 12 × 7 = 861.0; 12.3 × 1 × 3 = 36.9 (36.900000000000006 unrounded).
        let harness = try CartHarness()
        let monthly = try harness.checkOne(lineItem("CFQ7TTC0LDPB:0002:CFQ7TTC0MM8R", quantity: 7, termDuration: "P1Y"))
        #expect(monthly.pricing?.extendedPrice == 861.0)
        let oneMonth = try harness.checkOne(lineItem("CFQ7TTC0LDPB:0002:CFQ7TTC0MM8R", quantity: 3, termDuration: "P1M"))
        #expect(oneMonth.pricing?.extendedPrice == 36.9)
    }

    @Test func billingPeriodsFollowTermAndCycle() {
        #expect(LineItemPricing.billingPeriods(term: "P1Y", cycle: .monthly) == 12)
        #expect(LineItemPricing.billingPeriods(term: "P1Y", cycle: .annual) == 1)
        #expect(LineItemPricing.billingPeriods(term: "P3Y", cycle: .annual) == 3)
        #expect(LineItemPricing.billingPeriods(term: "P1M", cycle: .monthly) == 1)
        #expect(LineItemPricing.billingPeriods(term: "P3Y", cycle: .oneTime) == 1)
        #expect(LineItemPricing.billingPeriods(term: nil, cycle: .monthly) == 1)
        #expect(LineItemPricing.billingPeriods(term: "P1M", cycle: .annual) == 1)
    }

    @Test func itemsWithoutListPricesCarryNoPricing() throws {
        let harness = try CartHarness()
        #expect(try harness.checkOne(lineItem(CatalogIds.legacyE1, termDuration: nil)).pricing == nil)
        #expect(try harness.checkOne(lineItem(CatalogIds.saasTrial, quantity: 10, billingCycle: BillingCycle.none, termDuration: "P1M")).pricing == nil)
        #expect(try harness.checkOne(lineItem(CatalogIds.perpetualSqlServer, billingCycle: .oneTime, termDuration: nil)).pricing == nil)
    }

    @Test func priceIsInTheMarketsCurrency() throws {
        let item = try CartHarness().checkOne(lineItem(CatalogIds.businessBasic, quantity: 2, termDuration: "P1Y"),
                                              context: PurchaseContext(country: "CA"))
        #expect(item.currencyCode == "CAD")
        #expect(item.pricing?.listPrice == 8.1)
        #expect(item.pricing?.extendedPrice == 194.4)
    }
}

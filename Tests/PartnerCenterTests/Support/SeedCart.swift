import PartnerCenter

/// The "Create a cart" page's C# example, written with the Swift SDK.
enum SeedCart {
    /// The Azure subscription the reserved instances are bought for.
    static let subscriptionId = "1C461A25-F729-4FA5-AADB-280947DD05E8"

    /// The seed page's cart: Azure plan, two reserved instances, perpetual software, SaaS and a SaaS trial.
    static var cart: Cart {
        Cart(lineItems: [
            CartLineItem(
                /* Microsoft Azure Subscription */
                id: 0,
                catalogItemId: "MS-AZR-0145P",
                quantity: 1,
                billingCycle: .monthly,
                termDuration: "P1Y"),
            CartLineItem(
                /* Azure Reserved Instance */
                id: 1,
                catalogItemId: "DZH318Z0BQ36:004G:DZH318Z08C0S",
                quantity: 1,
                billingCycle: .oneTime,
                termDuration: "P1Y",
                provisioningContext: [
                    "subscriptionId": subscriptionId,
                    "scope": "shared",
                ]),
            CartLineItem(
                /* Azure Reserved Instance */
                id: 2,
                catalogItemId: "DZH318Z0BQ36:004J:DZH318Z08B8X",
                quantity: 1,
                billingCycle: .oneTime,
                termDuration: "P3Y",
                provisioningContext: [
                    "subscriptionId": subscriptionId,
                    "scope": "shared",
                ]),
            CartLineItem(
                /* Perpetual Software */
                id: 3,
                catalogItemId: "DG7GMGF0DWM3:0002:DG7GMGF0DT1M",
                quantity: 1,
                billingCycle: .oneTime),
            CartLineItem(
                /* SaaS */
                id: 4,
                catalogItemId: "DZH318Z0BXWC:0002:DZH318Z0BMRV",
                quantity: 1,
                billingCycle: .monthly,
                termDuration: "P1M"),
            CartLineItem(
                /* SaaS Free Trial */
                id: 5,
                catalogItemId: "DZH318Z0C0WF:0001:DZH318Z0BP69",
                quantity: 10,
                billingCycle: BillingCycle.none,
                termDuration: "P1M",
                renewsTo: RenewsTo(termDuration: "P1Y")),
        ])
    }
}

extension PartnerService {
    /// Creates a customer billed in `country` and returns its id.
    func createCustomer(named name: String = "Contoso", country: String = "US") async throws -> String {
        let customer = try await customers.create(Customer(
            id: nil,
            companyProfile: CustomerCompanyProfile(tenantId: nil, domain: "\(name.lowercased()).onmicrosoft.com", companyName: name),
            billingProfile: CustomerBillingProfile(defaultAddress: CustomerAddress(country: country))))
        return customer.id ?? ""
    }
}

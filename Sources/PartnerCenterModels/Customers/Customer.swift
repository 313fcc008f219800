/// A customer of the partner, with the company and billing details that decide market and currency.
public struct Customer: Codable, Sendable, Equatable {
    /// The customer's tenant id (a GUID).
    public var id: String?
    /// Company identity.
    public var companyProfile: CustomerCompanyProfile?
    /// Billing details; `defaultAddress.country` decides the market.
    public var billingProfile: CustomerBillingProfile?
    /// `self` link.
    public var links: SelfLinks?
    /// `{"objectType": "Customer"}`.
    public var attributes: ResourceAttributes?

    /// Creates a customer.
    public init(id: String?, companyProfile: CustomerCompanyProfile?, billingProfile: CustomerBillingProfile?,
                links: SelfLinks? = nil, attributes: ResourceAttributes? = nil) {
        self.id = id
        self.companyProfile = companyProfile
        self.billingProfile = billingProfile
        self.links = links
        self.attributes = attributes
    }

    private enum CodingKeys: String, CodingKey { case id, companyProfile, billingProfile, links, attributes }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decodeIfPresent(String.self, forKey: .id)
        companyProfile = try container.decodeIfPresent(CustomerCompanyProfile.self, forKey: .companyProfile)
        billingProfile = try container.decodeIfPresent(CustomerBillingProfile.self, forKey: .billingProfile)
        links = container.decodeIgnoringInvalid(SelfLinks.self, forKey: .links)
        attributes = container.decodeIgnoringInvalid(ResourceAttributes.self, forKey: .attributes)
    }
}

/// A customer's company identity.
public struct CustomerCompanyProfile: Codable, Sendable, Equatable {
    /// The tenant id; equal to the customer id.
    public var tenantId: String?
    /// The primary domain, e.g. `contoso.onmicrosoft.com`.
    public var domain: String?
    /// The company's name.
    public var companyName: String?

    /// Creates a company profile.
    public init(tenantId: String?, domain: String?, companyName: String?) {
        self.tenantId = tenantId
        self.domain = domain
        self.companyName = companyName
    }
}

/// A customer's billing details.
public struct CustomerBillingProfile: Codable, Sendable, Equatable {
    /// The billing address.
    public var defaultAddress: CustomerAddress?

    /// Creates a billing profile.
    public init(defaultAddress: CustomerAddress?) {
        self.defaultAddress = defaultAddress
    }
}

/// A postal address; only the country matters to commerce.
public struct CustomerAddress: Codable, Sendable, Equatable {
    /// ISO 3166 two-letter country code, e.g. `US`.
    public var country: String?
    /// City.
    public var city: String?
    /// First address line.
    public var addressLine1: String?
    /// Postal code.
    public var postalCode: String?

    /// Creates an address.
    public init(country: String?, city: String? = nil, addressLine1: String? = nil, postalCode: String? = nil) {
        self.country = country
        self.city = city
        self.addressLine1 = addressLine1
        self.postalCode = postalCode
    }
}

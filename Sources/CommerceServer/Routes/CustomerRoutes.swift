import CommerceCore
import CommerceStore
import Foundation
import Hummingbird
import PartnerCenterModels

/// `/v1/customers`: create, list, get and delete the partner's customers.
struct CustomerRoutes {
    let support: RouteSupport
    var services: CommerceServices { support.services }

    func register(on router: Router<CommerceRequestContext>, table: inout RouteTable) {
        router.post("v1/customers", use: create)
        router.get("v1/customers", use: list)
        router.get("v1/customers/:customerId", use: get)
        router.delete("v1/customers/:customerId", use: delete)
        table.add(.post, "v1/customers")
        table.add(.get, "v1/customers")
        table.add(.get, "v1/customers/:customerId")
        table.add(.delete, "v1/customers/:customerId")
    }

    @Sendable func create(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let identity = try context.caller()
        let sent = try await RequestBodyReader.decode(Customer.self, from: request)
        let country = (sent.billingProfile?.defaultAddress?.country ?? "US").uppercased()
        guard services.catalog.market(country) != nil else {
            throw CommerceError.invalidInput("billingProfile.defaultAddress.country",
                                             "'\(country)' is not a market the catalog sells in.")
        }
        if let limits = services.settings.sandboxLimits,
           try await services.store.customerCount(partner: identity.tenantId) >= limits.customersPerPartner {
            throw CommerceError(httpStatus: 400, code: 800018,
                                description: "The sandbox limit of \(limits.customersPerPartner) customers per partner has been reached.")
        }
        let record = CustomerFactory.make(from: sent, id: ResourceIdentifiers.guid(), partner: identity.tenantId, country: country)
        let answer = try JSONResponse.rendered(record.customer, status: .created)
        return try await AnsweredWrite.perform({ try await services.store.insertCustomer(record) }, answer: { _ in answer })
    }

    @Sendable func list(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let identity = try context.caller()
        let customers = try await services.store.customers(partner: identity.tenantId).map(\.customer)
        return try JSONResponse.make(ResourceCollection(items: customers, links: CollectionLinks(self: Link(uri: "/customers"))))
    }

    @Sendable func get(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let identity = try context.caller()
        let id = try support.customerId(context)
        guard let record = try await services.store.customer(partner: identity.tenantId, id: id) else {
            throw CommerceError.customerNotFound(partner: identity.tenantId, customer: id)
        }
        return try JSONResponse.make(record.customer)
    }

    @Sendable func delete(_ request: Request, context: CommerceRequestContext) async throws -> Response {
        let identity = try context.caller()
        let id = try support.customerId(context)
        return try await AnsweredWrite.perform({ try await services.store.deleteCustomer(partner: identity.tenantId, id: id) },
                                               answer: { deleted in
            guard deleted else { throw CommerceError.customerNotFound(partner: identity.tenantId, customer: id) }
            return IdempotentAnswer(status: 204, body: Data())
        })
    }
}

/// Builds the stored customer from what a client sent.
enum CustomerFactory {
    static func make(from sent: Customer, id: String, partner: String, country: String) -> CustomerRecord {
        let name = sent.companyProfile?.companyName?.trimmingWhitespace()
        let companyName = (name?.isEmpty ?? true) ? "Customer \(id.prefix(8))" : String((name ?? "").prefix(256))
        let domain = sent.companyProfile?.domain.map { String($0.prefix(256)) } ?? "\(id.prefix(8)).onmicrosoft.com"
        var address = sent.billingProfile?.defaultAddress ?? CustomerAddress(country: country)
        address.country = country
        let customer = Customer(
            id: id, companyProfile: CustomerCompanyProfile(tenantId: id, domain: domain, companyName: companyName),
            billingProfile: CustomerBillingProfile(defaultAddress: address),
            links: SelfLinks(self: Link(uri: ResourcePaths.customer(id))), attributes: ResourceAttributes(objectType: "Customer"))
        return CustomerRecord(partnerId: partner, customer: customer)
    }
}

import Foundation

/// A load the benchmark can drive. `flow` is the one a partner's integration runs most: create the seed's
/// six-line cart, then check it out.
enum BenchScenario: String, CaseIterable, Sendable {
    // The default order: the scenarios that place orders come last, because the server provisions those orders
    // in the seconds after, which would weigh on whatever scenario ran next.
    case healthz
    case getCart = "get-cart"
    case listOrders = "list-orders"
    case createCart = "create-cart"
    case flow
    case checkout

    /// What one worker owns while the scenario runs.
    final class WorkerState: @unchecked Sendable {
        // @unchecked: each WorkerState is created for one worker task and only that task touches it.
        /// The worker's own customer; `nil` for `healthz`, which needs none.
        let customer: String?
        var cart: String?
        var cartsToCheckOut: [String] = []
        var flowsSucceeded = 0
        var flowsFailed = 0

        init(customer: String?) {
            self.customer = customer
        }
    }

    /// Whether each worker needs a customer of its own: every scenario but `healthz`, which a server without the
    /// partner API (`hummingbird-floor`) answers too.
    var needsCustomer: Bool { self != .healthz }

    /// Prepares a worker: what `get-cart`, `list-orders` and `checkout` need to exist beforehand.
    func prepare(_ worker: WorkerState, http: BenchHTTP, cartsPerWorker: Int) async throws {
        guard let customer = worker.customer else { return }
        switch self {
        case .getCart:
            worker.cart = try await BenchSetup.createCart(http, customer: customer)
        case .listOrders:
            let cart = try await BenchSetup.createCart(http, customer: customer)
            _ = await http.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")
        case .checkout:
            for _ in 0..<cartsPerWorker {
                worker.cartsToCheckOut.append(try await BenchSetup.createCart(http, customer: customer))
            }
        case .healthz, .flow, .createCart:
            break
        }
    }

    /// Runs one iteration; returns the answers to record, or `nil` when the worker has no more work.
    func iterate(_ worker: WorkerState, http: BenchHTTP) async -> [BenchHTTP.Answer]? {
        // Every scenario but healthz, which does not use it, has a customer.
        let customer = worker.customer ?? ""
        switch self {
        case .healthz:
            return [await http.send(.GET, "/healthz", authorized: false)]
        case .getCart:
            return [await http.send(.GET, "/v1/customers/\(customer)/carts/\(worker.cart ?? "")")]
        case .listOrders:
            return [await http.send(.GET, "/v1/customers/\(customer)/orders")]
        case .createCart:
            return [await http.send(.POST, "/v1/customers/\(customer)/carts", body: BenchSetup.seedCart)]
        case .checkout:
            guard let cart = worker.cartsToCheckOut.popLast() else { return nil }
            return [await http.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")]
        case .flow:
            let created = await http.send(.POST, "/v1/customers/\(customer)/carts", body: BenchSetup.seedCart)
            guard created.status == 201, let cart = BenchHTTP.createdId(created) else {
                worker.flowsFailed += 1
                return [created]
            }
            let checkout = await http.send(.POST, "/v1/customers/\(customer)/carts/\(cart)/checkout")
            let orderCount = BenchHTTP.orderCount(checkout)
            if checkout.status == 201, orderCount == BenchSetup.ordersPerSeedCart {
                worker.flowsSucceeded += 1
            } else {
                worker.flowsFailed += 1
            }
            return [created, checkout]
        }
    }
}

/// Fixtures the scenarios share.
enum BenchSetup {
    /// The seed page's six-line cart.
    static let seedCart = Array(#"""
        {"lineItems":[
          {"id":0,"catalogItemId":"MS-AZR-0145P","quantity":1,"billingCycle":"monthly","termDuration":"P1Y"},
          {"id":1,"catalogItemId":"DZH318Z0BQ36:004G:DZH318Z08C0S","quantity":1,"billingCycle":"one_time","termDuration":"P1Y",
           "provisioningContext":{"subscriptionId":"1C461A25-F729-4FA5-AADB-280947DD05E8","scope":"shared"}},
          {"id":2,"catalogItemId":"DZH318Z0BQ36:004J:DZH318Z08B8X","quantity":1,"billingCycle":"one_time","termDuration":"P3Y",
           "provisioningContext":{"subscriptionId":"1C461A25-F729-4FA5-AADB-280947DD05E8","scope":"single"}},
          {"id":3,"catalogItemId":"DG7GMGF0DWTL:0001:DG7GMGF0DSFM","quantity":1,"billingCycle":"one_time"},
          {"id":4,"catalogItemId":"DZH318Z0BXWC:0002:DZH318Z0BMRV","quantity":1,"billingCycle":"monthly","termDuration":"P1M"},
          {"id":5,"catalogItemId":"DZH318Z0C0WF:0001:DZH318Z0BP69","quantity":10,"billingCycle":"none","termDuration":"P1M",
           "renewsTo":{"termDuration":"P1Y"}}
        ]}
        """#.utf8)

    /// A checkout of the seed cart makes four orders.
    static let ordersPerSeedCart = 4

    static func createCustomer(_ http: BenchHTTP) async throws -> String {
        let answer = await http.send(.POST, "/v1/customers", body: Array(#"{"companyProfile":{"companyName":"Bench"}}"#.utf8))
        guard answer.status == 201, let id = BenchHTTP.createdId(answer) else {
            throw BenchError.setup("creating a customer answered \(answer.status): \(String(decoding: answer.body, as: UTF8.self))")
        }
        return id
    }

    static func createCart(_ http: BenchHTTP, customer: String) async throws -> String {
        let answer = await http.send(.POST, "/v1/customers/\(customer)/carts", body: seedCart)
        guard answer.status == 201, let id = BenchHTTP.createdId(answer) else {
            throw BenchError.setup("creating a cart answered \(answer.status)")
        }
        return id
    }

    /// How many orders a customer has.
    static func orderCount(_ http: BenchHTTP, customer: String) async throws -> Int {
        let answer = await http.send(.GET, "/v1/customers/\(customer)/orders")
        guard answer.status == 200, let count = BenchHTTP.totalCount(answer) else {
            throw BenchError.setup("listing orders answered \(answer.status)")
        }
        return count
    }
}

enum BenchError: Error, CustomStringConvertible {
    case setup(String)
    case verification(String)

    var description: String {
        switch self {
        case .setup(let message): "setup failed: \(message)"
        case .verification(let message): "verification failed: \(message)"
        }
    }
}

/// The preset dictionary of version 1 of the packed form (``StoredBody``): the members and link shapes of the
/// resources the store keeps, in the order the encoder writes them, with every id, time, price and catalog value
/// left out. These bytes can never change: packed bodies point into them. Another dictionary is another version.
enum StoredBodyDictionary {
    static let version1: [UInt8] = Array([
        #"{"attributes":{"objectType":"Customer"},"billingProfile":{"defaultAddress":{"country":"US"}},"companyPro"#,
        #"file":{"companyName":"","domain":"","tenantId":""},"id":"","links":{"self":{"headers":[],"method":"GET","#,
        #""uri":"/customers/"}}}{"attributes":{"objectType":"Subscription"},"autoRenewEnabled":false,"billingCycle"#,
        #"":"monthly","commitmentEndDate":"","contractType":"subscription","creationDate":"","effectiveStartDate":"#,
        #""","friendlyName":"","id":"","isTrial":false,"links":{"self":{"headers":[],"method":"GET","uri":"/custom"#,
        #"ers//subscriptions/"}},"offerId":"","offerName":"","orderId":"","quantity":1,"status":"active","termDura"#,
        #"tion":"P1Y","unitType":"Licenses"}{"attributes":{"etag":"1","objectType":"Cart"},"creationTimestamp":"","#,
        #""expirationTimestamp":"","id":"","lastModifiedTimestamp":"","lastModifiedUser":"","lineItems":[{"billing"#,
        #"Cycle":"annual","catalogItemId":"","currencyCode":"USD","id":0,"orderGroup":"0","pricing":{"discountedPr"#,
        #"ice":0,"extendedPrice":0,"listPrice":0,"price":0,"proratedPrice":0},"provisioningContext":{"scope":"shar"#,
        #"ed","subscriptionId":""},"quantity":1,"renewsTo":{"termDuration":"P1Y"},"termDuration":"P1M"}],"links":{"#,
        #""self":{"headers":[],"method":"GET","uri":"/customers//carts/"}},"status":"Active"}"billingCycle":"none""#,
        #","billingCycle":"one_time","status":"Ordered","status":"completed","status":"cancelled"{"attributes":{"o"#,
        #"bjectType":"CartCheckoutResult"},"orderErrors":[],"orders":[{"alternateId":"","attributes":{"objectType""#,
        #":"Order"},"billingCycle":"monthly","creationDate":"","currencyCode":"USD","currencySymbol":"$","id":"",""#,
        #"lineItems":[{"friendlyName":"","lineItemNumber":0,"links":{"availability":{"headers":[],"method":"GET",""#,
        #"uri":"/products//skus//availabilities/?country=US"},"product":{"headers":[],"method":"GET","uri":"/produ"#,
        #"cts/?country=US"},"provisioningStatus":{"headers":[],"method":"GET","uri":"/customers//orders//provision"#,
        #"ingstatus"},"sku":{"headers":[],"method":"GET","uri":"/products//skus/?country=US"},"subscription":{"hea"#,
        #"ders":[],"method":"GET","uri":"/customers//subscriptions/"}},"offerId":"","pricing":{"discountedPrice":0"#,
        #","extendedPrice":0,"listPrice":0,"price":0,"proratedPrice":0},"provisioningContext":{"scope":"single","s"#,
        #"ubscriptionId":""},"quantity":1,"subscriptionId":"","termDuration":"P1Y","transactionType":"New"}],"link"#,
        #"s":{"patchOperation":{"headers":[],"method":"PATCH","uri":"/customers//orders/"},"provisioningStatus":{""#,
        #"headers":[],"method":"GET","uri":"/customers//orders//provisioningstatus"},"self":{"headers":[],"method""#,
        #":"GET","uri":"/customers//orders/"}},"referenceCustomerId":"","status":"pending","totalPrice":0,"transac"#,
        #"tionType":"UserPurchase"}"#,
    ].joined().utf8)
}

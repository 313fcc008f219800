/// Partner Center's line-item error codes that validation produces (`CartErrorCode` in the .NET SDK, plus
/// new commerce's 400041).
public enum CartLineItemErrorCode: Int, Sendable {
    /// The line item's currency is not the market's.
    case currencyIsNotSupported = 10000
    /// Unknown catalog item, or not sold to this customer.
    case catalogItemIdIsNotValid = 10001
    /// Not enough inventory left.
    case inventoryNotAvailable = 10003
    /// The sandbox's limits would be exceeded.
    case sandboxLimitExceeded = 10009
    /// A provisioning variable, renewal term or participant is missing or invalid.
    case invalidInput = 10010
    /// The SKU's attestation was not accepted.
    case attestationNotAccepted = 10012
    /// Billing cycle or term not offered.
    case billingPlanNotSupported = 10013
    /// Quantity outside the allowed range.
    case maxAllowedSeatsPerSubscriptionExceeded = 10015
    /// A new-commerce add-on without its base product.
    case addonWithoutBaseProduct = 400041
}

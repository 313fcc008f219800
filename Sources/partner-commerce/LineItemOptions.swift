import ArgumentParser
import Foundation
import PartnerCenter

/// Line items given on the command line: from a JSON file, from `--item` options, or both (file first).
struct LineItemOptions: ParsableArguments {
    @Option(name: .customLong("file"),
            help: "A JSON file of line items: a cart body ({\"lineItems\": [...]}) or an array of line items; - reads standard input. Comments are allowed.")
    var file: String?

    @Option(name: .customLong("item"),
            help: ArgumentHelp("A line item as key=value pairs, e.g. catalogItemId=CFQ7TTC0LH18:0001:CFQ7TTC0K971,quantity=5,billingCycle=monthly,termDuration=P1Y. Repeat for more items; unknown keys go to provisioningContext.",
                               valueName: "key=value,..."))
    var items: [String] = []

    /// The line items, in order; those without an `id` get the next free one from `firstId` upwards.
    func lineItems(firstId: Int = 0) throws -> [CartLineItem] {
        var lineItems = try fileLineItems() + items.map(LineItemSpecification.parse)
        guard !lineItems.isEmpty else {
            throw ClientFailure(message: "no line items: give --file or --item.", exitCode: ClientFailure.unreadableInputExitCode)
        }
        var used = Set(lineItems.compactMap(\.id))
        var next = firstId
        for index in lineItems.indices where lineItems[index].id == nil {
            while used.contains(next) { next += 1 }
            lineItems[index].id = next
            used.insert(next)
        }
        return lineItems
    }

    private func fileLineItems() throws -> [CartLineItem] {
        guard let file else { return [] }
        let data = try InputFile.data(file)
        let decoder = TolerantJSONDecoder()
        if let items = try? decoder.decode([CartLineItem].self, from: data) { return items }
        do {
            return try decoder.decode(Cart.self, from: data).lineItems ?? []
        } catch {
            throw ClientFailure(message: "\(file) is not a cart or a list of line items: \(error.description)",
                                exitCode: ClientFailure.unreadableInputExitCode)
        }
    }
}

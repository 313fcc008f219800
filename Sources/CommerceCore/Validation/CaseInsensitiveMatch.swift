import Foundation
import PartnerCenterModels

extension StringProtocol {
    /// Whether the two texts are equal ignoring case, as `caseInsensitiveCompare(_:) == .orderedSame` decides.
    /// Two ASCII texts are compared byte by byte, folding only `A`–`Z`, which is what that comparison does for
    /// them; any other text goes through Foundation.
    func matchesIgnoringCase(_ other: some StringProtocol) -> Bool {
        guard ASCIIText.isASCII(self), ASCIIText.isASCII(other) else { return caseInsensitiveCompare(other) == .orderedSame }
        return ASCIIText.equalIgnoringCase(self, other)
    }
}

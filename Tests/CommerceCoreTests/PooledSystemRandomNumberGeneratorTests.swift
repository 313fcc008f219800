@testable import CommerceCore
import Testing

@Suite("Pooled system random numbers")
struct PooledSystemRandomNumberGeneratorTests {
    @Test func wordsDrawnAcrossManyRefillsAreAllDistinct() {
        var generator = PooledSystemRandomNumberGenerator()
        let words = (0..<10_000).map { _ in generator.next() }
        #expect(Set(words).count == words.count)
    }

    @Test func threadsDrawingAtOnceNeverGetTheSameWord() async {
        let perTask = 2_000
        let words = await withTaskGroup(of: [UInt64].self) { group in
            for _ in 0..<8 {
                group.addTask {
                    var generator = PooledSystemRandomNumberGenerator()
                    return (0..<perTask).map { _ in generator.next() }
                }
            }
            return await group.reduce(into: [UInt64]()) { $0 += $1 }
        }
        #expect(words.count == 8 * perTask)
        #expect(Set(words).count == words.count)
    }

    @Test func everyBitIsSetInAboutHalfOfTheWords() {
        var generator = PooledSystemRandomNumberGenerator()
        let draws = 4_096
        var ones = [Int](repeating: 0, count: 64)
        for _ in 0..<draws {
            let word = generator.next()
            for bit in 0..<64 where word & (1 << UInt64(bit)) != 0 { ones[bit] += 1 }
        }
        // The mean is 2,048 and the standard deviation 32: these bounds are about eleven deviations away, far
        // outside chance, and catch a word left zero or a bit that never changes.
        for (bit, count) in ones.enumerated() {
            #expect((1_700...2_400).contains(count), "bit \(bit) was set in \(count) of \(draws) words")
        }
    }

    #if os(Linux)
    @Test func theKernelFillsABufferOfARefillInOneCall() {
        var bytes = [UInt8](repeating: 0, count: 256)
        #expect(bytes.withUnsafeMutableBytes { KernelRandomBytes.fill($0) })
        #expect(bytes.filter { $0 == 0 }.count < 16)
    }
    #endif
}

@testable import CommerceCore
import Foundation
import Testing

@Suite("BusinessClock")
struct BusinessClockTests {
    @Test func startsAtTheSystemTime() {
        let clock = BusinessClock()
        let before = Date()
        let now = clock.now()
        #expect(clock.advancedBy == 0)
        #expect(abs(now.timeIntervalSince(before)) < 5)
    }

    @Test func advanceMovesTheClockForward() {
        let clock = BusinessClock()
        clock.advance(by: 8 * 86_400)
        clock.advance(by: 60)
        #expect(clock.advancedBy == 691_260.0) // eight days and a minute
        let ahead = clock.now().timeIntervalSince(Date())
        #expect(ahead > 8 * 86_400 + 55 && ahead < 8 * 86_400 + 65)
    }

    @Test(arguments: [-3_600.0, 0.0, -.infinity])
    func advanceNeverGoesBackwards(interval: Double) {
        let clock = BusinessClock()
        clock.advance(by: 120)
        clock.advance(by: interval)
        #expect(clock.advancedBy == 120)
    }

    @Test func timeReadFromTheClockNeverDecreases() {
        let clock = BusinessClock()
        var previous = clock.now()
        for step in 0..<200 {
            clock.advance(by: step.isMultiple(of: 2) ? 1 : -1)
            let current = clock.now()
            #expect(current >= previous)
            previous = current
        }
        #expect(clock.advancedBy == 100)
    }

    @Test func concurrentAdvancesAllCount() async {
        let clock = BusinessClock()
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<100 { group.addTask { clock.advance(by: 10) } }
        }
        #expect(clock.advancedBy == 1_000)
    }

    @Test func backgroundReadersSeeNoTimeWhileAMoveIsUnderway() async throws {
        let clock = BusinessClock()
        #expect(clock.nowUnlessMoving() != nil)
        let seenDuringMove = await clock.move(by: 8 * 86_400) { () async -> Date? in
            #expect(clock.advancedBy == 691_200)
            return clock.nowUnlessMoving()
        }
        #expect(seenDuringMove == nil)
        let after = try #require(clock.nowUnlessMoving())
        #expect(after.timeIntervalSince(Date()) > 8 * 86_400 - 5)
    }

    @Test func aMoveThatThrowsStillEnds() async {
        struct Refused: Error {}
        let clock = BusinessClock()
        await #expect(throws: Refused.self) {
            try await clock.move(by: 60) { () async throws -> Void in throw Refused() }
        }
        #expect(clock.advancedBy == 60)
        #expect(clock.nowUnlessMoving() != nil)
    }

    @Test func overlappingMovesHoldBackgroundReadersUntilTheLastEnds() async {
        let clock = BusinessClock()
        let seen = await clock.move(by: 10) { () async -> (Date?, Date?) in
            let duringBoth = await clock.move(by: 10) { () async -> Date? in clock.nowUnlessMoving() }
            return (duringBoth, clock.nowUnlessMoving())
        }
        #expect(seen.0 == nil)
        #expect(seen.1 == nil)
        #expect(clock.nowUnlessMoving() != nil)
        #expect(clock.advancedBy == 20)
    }
}

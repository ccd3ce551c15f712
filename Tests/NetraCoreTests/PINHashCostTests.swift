import Foundation
import Testing
@testable import NetraCore

/// `pin_hash` is yescrypt with a cost Netra can check at the screen; anything else is
/// an error and never unlocks (issue 10, row 8).
@Suite struct PINHashCostTests {
    /// A well-formed salt and hash part, for settings written by hand.
    static let tail = "$abcdefghijklmnopqrstuv$0123456789012345678901234567890123456789012"

    @Test func readsTheCostFromTheSetting() throws {
        let standard = try #require(YescryptSetting(hash: try PINHash.make("482913")))
        #expect(standard == YescryptSetting(hash: "$y$j9T" + Self.tail))
        #expect(standard.n == 4096 && standard.r == 32 && standard.p == 1 && standard.t == 0)
        #expect(standard.memoryBytes == 16 << 20)
        // `.` after r: a parameter set follows; `.` = p present, then p = 2 (its minimum).
        let twoLanes = try #require(YescryptSetting(hash: "$y$j9T.." + Self.tail))
        #expect(twoLanes.p == 2 && twoLanes.t == 0 && twoLanes.work == 2 * standard.work)
        // `/` = t present, then t = 1.
        let onePass = try #require(YescryptSetting(hash: "$y$j9T/." + Self.tail))
        #expect(onePass.p == 1 && onePass.t == 1)
        // libxcrypt's own cost scale: each step doubles N.
        #expect(YescryptSetting(hash: "$y$jDT" + Self.tail)?.n == 1 << 16)
    }

    @Test func refusesOtherMethodsAndDamagedOrCostlySettings() throws {
        let sha = "$5$rounds=999999999$saltsaltsaltsalt$0123456789012345678901234567890123456789012"
        #expect(PINHash.looksValid(sha))
        #expect(PINHash.problem(with: sha) == .notYescrypt)
        #expect(!PINHash.verify("4829", against: sha), "an accepted-looking SHA-crypt hash never unlocks")
        for damaged in ["$y$j9T$short$hash", "$y$$abcdefghijklmnopqrstuv$0123456789012345678901234567890123456789012",
                        "$y$j9T5" + Self.tail,  // a ROM, which crypt cannot have
                        "$y$j9T" + Self.tail + "x", "$y$j9T" + Self.tail.replacingOccurrences(of: "abc", with: "a-c")] {
            #expect(PINHash.problem(with: damaged) == .notYescrypt, "\(damaged)")
        }
        #expect(PINHash.problem(with: try PINHash.make("482913")) == nil)
        #expect(PINHash.problem(with: "$y$jDT" + Self.tail) == nil, "the largest cost allowed")
        #expect(PINHash.problem(with: "$y$jET" + Self.tail) == .tooCostly(memoryBytes: 512 << 20))
        #expect(PINHash.problem(with: "$y$jDT.." + Self.tail) == .tooCostly(memoryBytes: 512 << 20), "two lanes of the largest")
        #expect(PINHash.problem(with: "$y$jDT/." + Self.tail) != nil, "an extra pass on the largest")
        // The largest N there is: refused from its setting, never computed.
        #expect(PINHash.problem(with: "$y$jzzzzzzT" + Self.tail) != nil)
    }

    @Test func netraTomlRefusesThemWithTheReason() throws {
        let cases = [
            ("$5$rounds=999999999$saltsaltsaltsalt$0123456789012345678901234567890123456789012", "is not a yescrypt hash ($y$…)"),
            ("$y$jET" + Self.tail, "asks for a yescrypt cost too high to check at the screen (512 MiB per attempt; at most 256 MiB)"),
        ]
        for (hash, reason) in cases {
            let reading = TOMLFiles.settings(Array("[kiosk]\npin_hash = \"\(hash)\"\n".utf8))
            #expect(try #require(reading.value).kiosk.pinHash == nil, "no unlock")
            let lines = reading.diagnostics.map { $0.formatted() }
            #expect(lines.count == 1)
            #expect(lines.first?.hasPrefix("netra.toml:2: error: pin_hash in [kiosk] \(reason)") == true, "\(lines)")
        }
    }
}

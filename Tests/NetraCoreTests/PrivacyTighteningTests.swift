import Testing
@testable import NetraCore

/// A running kiosk's privacy only tightens from a settings change (issue 10, row 18).
@Suite struct PrivacyTighteningTests {
    static let all: [Privacy] = Privacy.Names.allCases.flatMap { names in
        Privacy.NIPs.allCases.flatMap { nips in [false, true].map { Privacy(names: names, nips: nips, caseDetails: $0) } }
    }

    @Test func aLooseningWaitsAndATighteningApplies() {
        let running = Privacy.publicScreen
        #expect(running.tightened(by: .full) == running, "names = full, nip = full: nothing changes until the next start")
        #expect(running.tightened(by: .strictest) == .strictest)
        #expect(running.tightened(by: Privacy(names: .hidden, nips: .full, caseDetails: true))
                == Privacy(names: .hidden, nips: .masked, caseDetails: false), "each part on its own")
        // Tightened, then loosened back: stays tight until the next start.
        let tighter = running.tightened(by: Privacy(names: .hidden, nips: .masked, caseDetails: false))
        #expect(tighter.tightened(by: .publicScreen).names == .hidden)
    }

    @Test func neverShowsMoreThanEitherSide() {
        func rank(_ n: Privacy.Names) -> Int { n.strictness }
        func rank(_ n: Privacy.NIPs) -> Int { n.strictness }
        for a in Self.all {
            #expect(a.tightened(by: a) == a)
            for b in Self.all {
                let c = a.tightened(by: b)
                #expect(c == b.tightened(by: a))
                #expect(rank(c.names) == max(rank(a.names), rank(b.names)))
                #expect(rank(c.nips) == max(rank(a.nips), rank(b.nips)))
                #expect(c.caseDetails == (a.caseDetails && b.caseDetails))
                #expect(!c.showsAnythingInFull || (a.showsAnythingInFull && b.showsAnythingInFull))
            }
        }
    }

    @Test func aTypoInAPrivacyValueMeansTheStrictest() throws {
        let reading = TOMLFiles.settings(Array("[kiosk]\nnames = \"hiden\"\nnip = \"maskd\"\ncase_details = \"no\"\n".utf8))
        #expect(try #require(reading.value).kiosk.privacy == .strictest)
        #expect(reading.diagnostics.map { $0.formatted() } == [
            "netra.toml:2: error: names in [kiosk] must be one of \"initials\", \"hidden\", \"full\" (until then: hidden)",
            "netra.toml:3: error: nip in [kiosk] must be one of \"masked\", \"hidden\", \"full\" (until then: hidden)",
            "netra.toml:4: error: case_details in [kiosk] must be true or false (until then: false)",
        ])
    }

    @Test func showsAnythingInFull() {
        #expect(!Privacy.publicScreen.showsAnythingInFull && !Privacy.strictest.showsAnythingInFull)
        #expect(Privacy(names: .full, nips: .hidden, caseDetails: false).showsAnythingInFull)
        #expect(Privacy(names: .hidden, nips: .full, caseDetails: false).showsAnythingInFull)
        #expect(Privacy(names: .hidden, nips: .hidden, caseDetails: true).showsAnythingInFull)
    }
}

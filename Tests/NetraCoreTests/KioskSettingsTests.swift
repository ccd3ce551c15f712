import Foundation
import Testing
@testable import NetraCore

@Suite struct KioskSettingsTests {
    private func read(_ text: String) -> FileReading<Settings> { TOMLFiles.settings(Array(text.utf8)) }
    private func lines(_ reading: FileReading<Settings>) -> [String] { reading.diagnostics.map { $0.formatted() } }

    @Test func defaultsArePrivateAndLocked() throws {
        let kiosk = try #require(read("region = \"Kota Balikpapan\"\n").value).kiosk
        #expect(kiosk.privacy == .publicScreen)
        #expect(kiosk.pinHash == nil)
        #expect(kiosk.rotateSeconds == 20)
        #expect(kiosk.pages.first == .countdown)
    }

    @Test func readsEveryKioskKey() throws {
        let hash = "$y$j9T$abcdefghijklmnopqrstuv$0123456789012345678901234567890123456789012"
        let reading = read("""
        [kiosk]
        rotate_seconds = 45
        views = ["hitung-mundur", "schedule", "kasus"]
        names = "hidden"
        nip = "full"
        case_details = true
        unlock_key = "ctrl-k"
        pin_hash = "\(hash)"
        relock_minutes = 3
        screens_per_page = 7
        people = "full"
        min_group = 2
        countdown = "voting:pileg-2024"
        """)
        // Showing more on a public screen is allowed, and said.
        #expect(Set(reading.diagnostics.map { $0.formatted() }) == [
            "netra.toml:5: warning: nip = \"full\" shows whole NIPs (birth dates) on the public kiosk screen",
            "netra.toml:6: warning: case_details = true lists neutrality cases one by one, with the officers concerned, on the public kiosk screen",
            "netra.toml:11: warning: people = \"full\" lists officers on the public kiosk screen, as names, nip and case_details allow",
            "netra.toml:12: warning: min_group = 2 shows parties and districts with fewer than 3 candidates on the public kiosk screen",
        ])
        let kiosk = try #require(reading.value).kiosk
        #expect(kiosk.rotateSeconds == 45)
        #expect(kiosk.pages == [.countdown, .schedule, .cases])
        #expect(kiosk.privacy == Privacy(names: .hidden, nips: .full, caseDetails: true, people: .full, minGroup: 2))
        #expect(kiosk.countdown == .voting(election: "pileg-2024"))
        #expect(kiosk.adjustments.isEmpty)
        #expect(kiosk.unlockKey == .control("k"))
        #expect(kiosk.pinHash == hash)
        #expect(kiosk.relockMinutes == 3)
        #expect(kiosk.screensPerPage == 7)
    }

    @Test func wrongValuesKeepThePrivateDefaultsAndSayWhere() throws {
        let reading = read("""
        [kiosk]
        rotate_seconds = 1
        views = ["overview", "weather"]
        names = "everything"
        nip = 18
        case_details = "yes"
        unlock_key = "ctrl-c"
        pin_hash = "1234"
        colour = "red"
        """)
        let kiosk = try #require(reading.value).kiosk
        // A number out of range becomes the nearest allowed one, and both say so.
        #expect(kiosk.rotateSeconds == 5)
        #expect(kiosk.adjustments.contains(SettingAdjustment(key: "rotate_seconds", written: "1", used: "5")))
        #expect(kiosk.pages == [.overview])
        #expect(kiosk.privacy == .strictest, "an unreadable privacy value means the strictest")
        #expect(kiosk.unlockKey == .function(12))
        #expect(kiosk.pinHash == nil)
        let out = lines(reading)
        #expect(out.contains { $0.hasPrefix("netra.toml:2: error: rotate_seconds in [kiosk] must be a whole number from 5 to 3600; 5 is used instead") })
        #expect(out.contains { $0.hasPrefix("netra.toml:3: error: views in [kiosk]: 'weather' is not a kiosk page") })
        #expect(out.contains { $0.hasPrefix("netra.toml:4: error: names in [kiosk] must be one of \"initials\", \"hidden\", \"full\"") })
        #expect(out.contains { $0.hasPrefix("netra.toml:5: error: nip in [kiosk] must be one of") })
        #expect(out.contains { $0.hasPrefix("netra.toml:6: error: case_details in [kiosk] must be true or false") })
        #expect(out.contains { $0.hasPrefix("netra.toml:7: error: unlock_key in [kiosk] must name one key") })
        #expect(out.contains { $0.hasPrefix("netra.toml:8: error: pin_hash in [kiosk] is not a PIN hash") })
        #expect(out.contains { $0.hasPrefix("netra.toml:9: warning: unknown key 'colour' in [kiosk]") })
    }

    @Test func refusedValuesSayWhatIsUsedInstead() throws {
        let reading = read("""
        [kiosk]
        relock_minutes = 1000
        screens_per_page = "many"
        people = "everyone"
        countdown = "election day"
        min_group = 0
        """)
        let kiosk = try #require(reading.value).kiosk
        #expect(kiosk.relockMinutes == 240)
        #expect(kiosk.screensPerPage == 3)
        #expect(kiosk.privacy.people == .aggregate, "an unreadable people value shows no person")
        #expect(kiosk.countdown == .nearest)
        #expect(kiosk.privacy.minGroup == 1)
        #expect(kiosk.adjustments.map(\.key) == ["relock_minutes", "screens_per_page", "min_group", "people", "countdown"])
        #expect(kiosk.adjustments.map(\.used) == ["240", "3", "1", "aggregate", "nearest"])
        let out = lines(reading)
        #expect(out.contains("netra.toml:2: error: relock_minutes in [kiosk] must be a whole number from 1 to 240; 240 is used instead"))
        #expect(out.contains("netra.toml:3: error: screens_per_page in [kiosk] must be a whole number from 1 to 100; 3 is used instead"))
        #expect(out.contains { $0.hasPrefix("netra.toml:4: error: people in [kiosk] must be one of \"aggregate\", \"initials\", \"full\"; aggregate is used instead") })
        #expect(out.contains { $0.hasPrefix("netra.toml:5: error: countdown in [kiosk] must be one of \"nearest\", \"next\", \"voting\"") && $0.hasSuffix("nearest is used instead") })
    }

    @Test func countdownSettings() {
        #expect(CountdownTarget(setting: "nearest") == .nearest)
        #expect(CountdownTarget(setting: "Next") == .next)
        #expect(CountdownTarget(setting: "voting") == .voting(election: nil))
        #expect(CountdownTarget(setting: "deadline:pileg-2024") == .deadline(election: "pileg-2024"))
        #expect(CountdownTarget(setting: "stage:kampanye") == .stage("kampanye"))
        for refused in ["", "stage", "stage:", "soon", "nearest:x"] { #expect(CountdownTarget(setting: refused) == nil, "\(refused)") }
        for form in ["nearest", "next", "voting:a", "deadline", "stage:b"] { #expect(CountdownTarget(setting: form)?.setting == form) }
    }

    @Test func unlockKeyNames() {
        #expect(UnlockKey(name: "F12") == .function(12))
        #expect(UnlockKey(name: "f1") == .function(1))
        #expect(UnlockKey(name: "F13") == nil)
        #expect(UnlockKey(name: "^K") == .control("k"))
        #expect(UnlockKey(name: "C-u") == .control("u"))
        #expect(UnlockKey(name: "#") == .character("#"))
        for refused in ["ctrl-c", "ctrl-z", "ctrl-d", "ctrl-s", "ctrl-q", "", " ", "ab", "ctrl-1", "\u{1B}"] {
            #expect(UnlockKey(name: refused) == nil, "\(refused)")
        }
    }

    @Test func unlockKeysATerminalSendsAsAnotherKeyAreRefusedSayingWhy() throws {
        for (name, sentAs) in [("ctrl-m", "Enter"), ("ctrl-j", "Enter"), ("^I", "Tab"), ("C-h", "Backspace")] {
            #expect(UnlockKey(name: name) == nil, "\(name)")
            let reading = read("[kiosk]\nunlock_key = \"\(name)\"\n")
            #expect(try #require(reading.value).kiosk.unlockKey == .function(12))
            #expect(lines(reading) == ["netra.toml:2: error: unlock_key in [kiosk]: '\(name)' can never unlock: a terminal sends it as \(sentAs), "
                                        + "so it cannot be told from that key; choose \"F1\" to \"F12\" or another ctrl- key"])
        }
        // Every other letter stays a distinct key.
        for letter in "abefgklnoprtuvwxy" { #expect(UnlockKey(name: "ctrl-\(letter)") == .control(letter)) }
    }
}

@Suite struct PrivacyTests {
    @Test func masksAnNIPToBirthMonthAndLastFour() throws {
        let nip = NIP(value: 198505122010011001)
        #expect(Privacy.publicScreen.nip(nip) == "198505••••••••1001")
        #expect(Privacy.full.nip(nip) == "198505122010011001")
        #expect(Privacy(names: .initials, nips: .hidden, caseDetails: false).nip(nip) == "—")
    }

    @Test func initialsDropDegreesAndHonorifics() {
        #expect(Privacy.initials(of: "Andi Rahmat Saputra") == "A. R. S.")
        #expect(Privacy.initials(of: "Dr. H. Muhammad Yani, S.Sos., M.Si.") == "M. Y.")
        #expect(Privacy.initials(of: "Ir. Sutrisno") == "S.")
        #expect(Privacy.initials(of: "siti  nurhaliza") == "S. N.")
        #expect(Privacy.initials(of: "Dr.") == "D.")
        #expect(Privacy.initials(of: "  ") == "")
        #expect(Privacy.publicScreen.name("  ") == "—")
        #expect(Privacy(names: .hidden, nips: .masked, caseDetails: false).name("Andi Rahmat") == "—")
    }
}

@Suite struct PINHashTests {
    @Test func hashesWithASaltAndVerifies() throws {
        let a = try PINHash.make("482913")
        let b = try PINHash.make("482913")
        #expect(a.hasPrefix("$y$"))
        #expect(a != b, "each hash has its own salt")
        #expect(!a.contains("482913"))
        #expect(PINHash.looksValid(a))
        #expect(PINHash.verify("482913", against: a))
        #expect(PINHash.verify("482913", against: b))
        #expect(!PINHash.verify("482914", against: a))
        #expect(!PINHash.verify("", against: a))
        #expect(!PINHash.verify("482913", against: "$y$garbage"))
    }

    @Test func refusesPINsThatAreNotFourToTwelveDigits() {
        for bad in ["123", "1234567890123", "12a4", "١٢٣٤", "12 34", ""] {
            #expect(throws: PINHash.Refusal.self) { try PINHash.make(bad) }
        }
    }
}

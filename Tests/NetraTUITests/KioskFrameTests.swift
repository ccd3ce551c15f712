import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// What a public screen must never show, checked on every kiosk page, every
/// screenful, several sizes and both languages (issue 16's sweep).
@Suite struct KioskPrivacyTests {
    static let sizes = [(80, 24), (100, 30), (120, 40), (160, 50), (200, 60), (240, 70)]

    /// The demo's settings with every page (the candidates' one too) and every
    /// screenful of a list in the rotation; `people` and more lines under `[kiosk]`.
    static func settings(people: String? = nil, _ extra: String = "") -> String {
        var text = DemoData.files[.settings]!.replacingOccurrences(of: "screens_per_page = 3", with: "screens_per_page = 100")
            .replacingOccurrences(of: "views = [\"countdown\", \"overview\"", with: "views = [\"countdown\", \"officers\", \"overview\"")
        if let people { text = text.replacingOccurrences(of: "[kiosk]", with: "[kiosk]\npeople = \"\(people)\"\n\(extra)\n#") }
        return text
    }

    static let everyScreenful = settings()

    /// The demo plus 60 more candidates (so lists run over several screenfuls), and
    /// an officers.csv line that fails, whose message quotes a full NIP.
    static func crowdedModel(settings: String = everyScreenful, at iso: String = "2023-05-23T10:00:00+08:00") -> DashboardModel {
        let first = ["Bagus", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Intan", "Joko", "Kartika"]
        let last = ["Prasetyo", "Lestari", "Kurniawan", "Wulandari", "Santoso", "Pratama"]
        var officers = LegacyDemo.officers
        for i in 0..<60 {
            let nip = "197501012000011" + String(format: "%03d", 100 + i)
            officers += "\(nip);\(first[i % 10]) \(last[i / 10]);Dinas Kesehatan;Staf;III/a;bacaleg;Partai Nusantara Maju;Balikpapan 3;;PNS\r\n"
        }
        officers += "198505122010012001;Nurul Aini Kembar;Dinas Sosial;Staf;III/a;;;;;PNS\r\n"
        return demoModel(at: iso, replacing: [.officers: officers, .settings: settings])
    }

    /// Every kiosk frame of a model: each page, each of its screenfuls.
    static func frames(_ model: DashboardModel, language: Language, width: Int, height: Int) -> [String] {
        let renderer = KioskRenderer(language: language)
        let lock = KioskLock(unlockKey: .function(12), pinHash: nil)
        let pages = model.dataset.settings.kiosk.pages
        var rotation = KioskRotation(startingAt: model.situation.now)
        var frames: [String] = []
        let total = pages.indices.map { renderer.parts(ofPage: $0, model, width: width, height: height) }.reduce(0, +)
        for _ in 0..<total {
            frames.append(renderer.render(model, rotation: rotation, lock: lock, width: width, height: height, now: model.situation.now).text)
            rotation.show(offset: 1, at: model.situation.now, pageCount: pages.count) {
                renderer.parts(ofPage: $0, model, width: width, height: height)
            }
        }
        return frames
    }

    /// Words of names that also occur in public fields (a unit named after a place)
    /// are not evidence of a leak.
    static func privateNameWords(_ model: DashboardModel) -> Set<String> {
        let d = model.dataset
        var publicText = d.officers.flatMap { [$0.unit, $0.position, $0.party, $0.district] }
        publicText += d.cases.map(\.category) + (d.schedule?.stages.map(\.name) ?? []) + [d.settings.region]
        let publicWords = Set(publicText.flatMap { $0.split(separator: " ").map(String.init) })
        let nameWords = d.officers.flatMap { $0.name.split(separator: " ").map(String.init) }.filter { $0.count >= 4 }
        return Set(nameWords).subtracting(publicWords)
    }

    /// Pension rights and waiting times, in both languages.
    static let personalFacts = ["pensiun dini", "early retirement", "hak pensiun", "with pension", "without pension", "dengan pensiun",
                                "tanpa pensiun", "usia < 50", "under 50", "[0-9]+ hk\\b", "[0-9]+ wd\\b", "\\bTunggu\\b", "\\bWaited\\b",
                                "menunggu SK [0-9]", "hari kerja"]

    /// Every leak a public frame may have; `minGroup`: also any party or dapil with
    /// fewer active candidates than that.
    static func leaks(in frame: String, _ model: DashboardModel, minGroup: Int? = nil) -> [String] {
        func has(_ pattern: String) -> Bool { frame.range(of: pattern, options: .regularExpression) != nil }
        var found: [String] = []
        if has("[0-9]{18}") { found.append("an 18-digit NIP") }
        let nips = model.dataset.officers.map(\.nip.description)
        let runs = frame.matches(of: /[0-9]{4,}/).map { String($0.output) }
        // A year in a date is no NIP fragment, though NIPs hold years too.
        for run in Set(runs) where !(run.count == 4 && ("2000"..."2099").contains(run)) && nips.contains(where: { $0.contains(run) }) {
            found.append("NIP fragment \(run)")
        }
        for c in model.dataset.cases where frame.contains(String(c.summary.prefix(24))) { found.append("case summary of \(c.id)") }
        for o in model.dataset.officers where o.name.contains(" ") && frame.contains(o.name) { found.append("name \(o.name)") }
        for word in privateNameWords(model) where has("\\b\(word)\\b") { found.append("name word \(word)") }
        for text in Set(model.dataset.officers.flatMap { [$0.unit, $0.position] }) where text.count >= 6 && frame.contains(text) {
            found.append("unit or position \(text)")
        }
        for pattern in personalFacts where has(pattern) { found.append("personal fact /\(pattern)/") }
        if let minGroup {
            let candidates = model.situation.candidates.map(\.officer)
            for (kind, values) in [("party", candidates.map(\.party)), ("dapil", candidates.map(\.district))] {
                for (value, count) in Dictionary(grouping: values.filter { !$0.isEmpty }, by: { $0 }).mapValues(\.count) where count < minGroup {
                    let escaped = NSRegularExpression.escapedPattern(for: value)
                    if has("(^|[^\\p{L}\\p{N}])\(escaped)([^\\p{L}\\p{N}]|$)") { found.append("\(kind) \(value) of \(count) (< \(minGroup))") }
                }
            }
        }
        return found
    }

    /// Initials of a person (`A. B.`): the aggregate screen shows none.
    static func hasInitials(_ frame: String) -> Bool { frame.range(of: "\\b[A-Z]\\. [A-Z]\\.", options: .regularExpression) != nil }

    @Test(arguments: sizes.indices)
    func theDefaultShowsNoPersonAtAll(_ sizeIndex: Int) {
        let (width, height) = Self.sizes[sizeIndex]
        let model = Self.crowdedModel()
        #expect(model.dataset.settings.kiosk.privacy.people == .aggregate)
        #expect(model.reading.diagnostics.contains { $0.message.range(of: "[0-9]{18}", options: .regularExpression) != nil },
                "the data carries a message quoting a NIP, which the kiosk must not show")
        for language in Language.allCases {
            let frames = Self.frames(model, language: language, width: width, height: height)
            #expect(frames.count == 6, "every page once: aggregate pages have one screenful")
            for frame in frames {
                let leaks = Self.leaks(in: frame, model, minGroup: 3)
                #expect(leaks.isEmpty, "\(width)x\(height) \(language): \(leaks)\n\(frame)")
                #expect(!Self.hasInitials(frame), "\(width)x\(height) \(language): initials\n\(frame)")
            }
        }
    }

    @Test(arguments: sizes.indices)
    func initialsShowRowsButNoSmallGroup(_ sizeIndex: Int) {
        let (width, height) = Self.sizes[sizeIndex]
        // names = "full" is capped at initials: people decides.
        let model = Self.crowdedModel(settings: Self.settings(people: "initials").replacingOccurrences(of: "names = \"initials\"", with: "names = \"full\""))
        for language in Language.allCases {
            let frames = Self.frames(model, language: language, width: width, height: height)
            for frame in frames {
                let leaks = Self.leaks(in: frame, model, minGroup: 3)
                #expect(leaks.isEmpty, "\(width)x\(height) \(language): \(leaks)\n\(frame)")
            }
            #expect(frames.contains(where: Self.hasInitials), "the candidates' rows show initials")
        }
    }

    @Test func aLargerMinGroupHidesMoreAndEveryListableRowShows() {
        let model = Self.crowdedModel(settings: Self.settings(people: "initials", "min_group = 5"))
        #expect(model.dataset.settings.kiosk.privacy.minGroup == 5)
        let frames = Self.frames(model, language: .id, width: 120, height: 40)
        for frame in frames { #expect(Self.leaks(in: frame, model, minGroup: 5).isEmpty) }
        let all = frames.joined()
        // Every new candidate's initials appear on some screenful of the candidates' page.
        for initials in ["B. P.", "K. P.", "K. W.", "G. S."] { #expect(all.contains(initials)) }
        // Yuliana Tandi is the only PKR candidate in Balikpapan 4: counted, not listed.
        #expect(!all.contains("Y. T."))
        #expect(all.contains("calon lain dalam kelompok kecil (< 5) hanya dihitung"))
    }

    /// The control: with `people = "full"` the same sweep finds the leaks, so it can fail.
    @Test func theSweepFindsLeaksWhenPeopleAreShownInFull() {
        let masked = Self.crowdedModel(settings: Self.settings(people: "full"))
        let maskedFrames = Self.frames(masked, language: .id, width: 120, height: 40).joined()
        let found = Self.leaks(in: maskedFrames, masked, minGroup: 3)
        #expect(found.contains { $0.hasPrefix("NIP fragment") }, "a masked NIP keeps birth year and month: \(found)")
        #expect(found.contains { $0.hasPrefix("personal fact") }, "pension rights and waiting times: \(found)")
        #expect(found.contains { $0.hasPrefix("party") || $0.hasPrefix("dapil") }, "small groups: \(found)")
        #expect(Self.hasInitials(maskedFrames))
        let full = Self.crowdedModel(settings: Self.settings(people: "full").replacingOccurrences(of: "names = \"initials\"", with: "names = \"full\"")
            .replacingOccurrences(of: "nip = \"masked\"", with: "nip = \"full\""))
        let fullFrames = Self.frames(full, language: .en, width: 120, height: 40).joined()
        #expect(Self.leaks(in: fullFrames, full).contains { $0.hasPrefix("name ") })
        #expect(fullFrames.contains("Yuliana Tandi"))
        #expect(fullFrames.contains("FULL DETAILS"))
    }

    @Test func listsRunOverSeveralScreenfulsAndAllRowsShow() throws {
        let model = Self.crowdedModel(settings: Self.settings(people: "full"))
        let renderer = KioskRenderer(language: .id)
        let officers = try #require(model.dataset.settings.kiosk.pages.firstIndex(of: .officers))
        #expect(renderer.parts(ofPage: officers, model, width: 80, height: 24) > 3)
        let frames = Self.frames(model, language: .id, width: 80, height: 24).joined()
        for initials in ["B. P.", "K. P.", "K. W.", "G. S."] { #expect(frames.contains(initials)) }
    }

    @Test func aLongListShowsOnlyItsFirstScreenfulsByDefault() throws {
        for people in ["full", "initials"] {
            let settings = Self.settings(people: people).replacingOccurrences(of: "screens_per_page = 100", with: "screens_per_page = 3")
            let model = Self.crowdedModel(settings: settings)
            let renderer = KioskRenderer(language: .id)
            let officers = try #require(model.dataset.settings.kiosk.pages.firstIndex(of: .officers))
            #expect(renderer.parts(ofPage: officers, model, width: 80, height: 24) == 3)
            let frame = renderer.render(model, rotation: KioskRotation(startingAt: model.situation.now, pageIndex: officers),
                                        lock: KioskLock(unlockKey: .function(12), pinHash: nil), width: 80, height: 24, now: model.situation.now)
            #expect(frame.lines[1].contains(people == "full" ? "● Pegawai 1/3" : "● Calon 1/3"))
            if people == "full" {
                let candidates = model.dataset.officers.filter(\.candidacy.isActiveCandidate).count
                #expect(frame.lines[2].contains("/\(candidates) "), "the separator still tells how many rows there are")
            }
        }
    }

    @Test func hiddenNamesAndNIPsShowADash() {
        for people in ["full", "initials"] {
            let settings = Self.settings(people: people).replacingOccurrences(of: "names = \"initials\"", with: "names = \"hidden\"")
                .replacingOccurrences(of: "nip = \"masked\"", with: "nip = \"hidden\"")
            let model = Self.crowdedModel(settings: settings)
            let frames = Self.frames(model, language: .en, width: 120, height: 40).joined()
            #expect(!Self.hasInitials(frames))
            #expect(!frames.contains("••••"))
            #expect(frames.contains(people == "full" ? "— (bacaleg)" : "—"))
        }
    }

    @Test func brokenDataGetsADiscreetLineWithoutTheMessage() {
        let model = Self.crowdedModel()
        let lock = KioskLock(unlockKey: .function(12), pinHash: nil)
        let frame = KioskRenderer(language: .id).render(model, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                                        width: 120, height: 40, now: model.situation.now).text
        #expect(frame.contains("Sebagian data belum diperbarui (officers.csv)"))
        for diagnostic in model.reading.diagnostics { #expect(!frame.contains(diagnostic.message)) }
    }

    @Test func aRefusedSettingSaysWhatIsUsedInstead() {
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "rotate_seconds = 20", with: "rotate_seconds = 3")
            .replacingOccurrences(of: "[kiosk]", with: "[kiosk]\ncountdown = \"stage:no-such-stage\"\n#")
        let model = demoModel(replacing: [.settings: settings])
        #expect(model.dataset.settings.kiosk.rotateSeconds == 5)
        // netra check says both, with what is used instead.
        let said = model.reading.diagnostics.map(\.message)
        #expect(said.contains { $0.hasPrefix("rotate_seconds in [kiosk] must be a whole number from 5 to 3600; 5 is used instead") })
        #expect(said.contains { $0.hasPrefix("countdown in [kiosk] names 'stage:no-such-stage', which schedule.toml does not have")
            && $0.hasSuffix("the nearest voting day or decree deadline is used instead") })
        let lock = KioskLock(unlockKey: .function(12), pinHash: nil)
        for (language, words) in [(Language.id, ["rotate_seconds = 5 dipakai (bukan 3)", "yang terdekat ditampilkan"]),
                                  (.en, ["rotate_seconds = 5 used (not 3)", "the nearest is shown"])] {
            let frame = KioskRenderer(language: language).render(model, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                                                 width: 200, height: 40, now: model.situation.now)
            for word in words { #expect(frame.lines[3].contains(word), "\(frame.lines[3])") }
            #expect(!frame.text.contains("belum diperbarui (netra.toml)") && !frame.text.contains("not up to date (netra.toml)"))
        }
    }
}

@Suite struct KioskFrameTests {
    let lock = KioskLock(unlockKey: .function(12), pinHash: nil)

    @Test func countdownShowsBigDigitsTheStageAndTheZone() {
        let model = demoModel()
        let frame = KioskRenderer(language: .id).render(model, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                                        width: 120, height: 40, now: model.situation.now)
        let text = frame.text
        // By default: the nearest of the voting days and decree deadlines, as written.
        #expect(text.contains("Menuju batas SK pemberhentian"))
        #expect(text.contains("Pemilu DPRD 2024"))
        #expect(text.contains("batas Rab, 3 Okt 2023 23:59 WIB (4 Okt 00:59 WITA)"))
        #expect(text.contains("hari") && text.contains("detik"))
        // Block digits fill most of the width.
        let widest = frame.lines.map { line in line.filter { $0 == "█" }.count }.max() ?? 0
        #expect(widest > 40)
        #expect(text.contains("Berjalan: ▶ Verifikasi administrasi dokumen persyaratan"))
    }

    /// `[kiosk] countdown`: each form, what the page says it counts to.
    @Test(arguments: [
        ("next", "Menuju tahapan", "Pengajuan perbaikan dokumen", "mulai Sen, 26 Jun 2023"),
        ("voting", "Menuju pemungutan suara", "Pemilu DPRD 2024", "dimulai Rab, 14 Feb 2024 07:00 WITA"),
        ("deadline:pilkada-2024", "Menuju batas SK pemberhentian", "Pilkada Kota Balikpapan 2024", "batas Min, 22 Sep 2024 23:59 WITA"),
        ("voting:pilkada-2024", "Menuju pemungutan suara", "Pilkada Kota Balikpapan 2024", "dimulai Rab, 27 Nov 2024 07:00 WITA"),
        ("stage:kampanye", "Menuju tahapan", "Masa kampanye", "mulai Sel, 28 Nov 2023 00:00 WIB (28 Nov 01:00 WITA)"),
    ])
    func countdownTargets(_ setting: String, _ towards: String, _ name: String, _ moment: String) {
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "[kiosk]", with: "[kiosk]\ncountdown = \"\(setting)\"\n#")
        let model = demoModel(replacing: [.settings: settings])
        #expect(model.reading.diagnostics.isEmpty)
        let text = KioskRenderer(language: .id).render(model, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                                       width: 120, height: 40, now: model.situation.now).text
        #expect(text.contains(towards) && text.contains(name) && text.contains(moment), "\(setting)\n\(text)")
        #expect(!text.contains("yang terdekat ditampilkan"))
    }

    @Test func aPassedTargetFallsBackToTheNearestAndSaysSo() {
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "[kiosk]", with: "[kiosk]\ncountdown = \"stage:pengajuan\"\n#")
        let model = demoModel(at: "2023-12-01T10:00:00+08:00", replacing: [.settings: settings])
        #expect(model.reading.diagnostics.isEmpty, "the stage exists; that it has passed is said on the screen")
        let text = KioskRenderer(language: .en).render(model, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                                       width: 120, height: 40, now: model.situation.now).text
        // Past the Pemilu deadline: the nearest moment is its voting day.
        #expect(text.contains("Until voting day") && text.contains("Pemilu DPRD 2024"))
        #expect(text.contains("countdown = stage:pengajuan is not in the schedule or has passed: the nearest is shown"))
    }

    @Test func theDemoSaysHowToUnlockAndOnlyTheDemo() throws {
        let hash = try PINHash.make(DemoData.kioskPIN)
        let settings = DemoData.files[.settings]!.replacingOccurrences(of: "# pin_hash = \"$y$…\"", with: "pin_hash = \"\(hash)\"")
        let model = demoModel(replacing: [.settings: settings])
        let now = model.situation.now
        let demo = KioskRenderer(language: .id, isDemo: true).render(model, rotation: KioskRotation(startingAt: now), lock: lock,
                                                                      width: 100, height: 30, now: now)
        #expect(demo.lines.last!.hasSuffix("demo: F12, lalu 1234"))
        let english = KioskRenderer(language: .en, isDemo: true).render(model, rotation: KioskRotation(startingAt: now), lock: lock,
                                                                         width: 100, height: 30, now: now)
        #expect(english.lines.last!.contains("demo: F12, then 1234"))
        let real = KioskRenderer(language: .id).render(model, rotation: KioskRotation(startingAt: now), lock: lock, width: 100, height: 30, now: now)
        #expect(!real.text.contains("1234"))
    }

    @Test func countdownTicksEverySecond() {
        let model = demoModel()
        let renderer = KioskRenderer(language: .en)
        let rotation = KioskRotation(startingAt: model.situation.now)
        let a = renderer.render(model, rotation: rotation, lock: lock, width: 120, height: 40, now: model.situation.now)
        let b = renderer.render(model, rotation: rotation, lock: lock, width: 120, height: 40, now: model.situation.now.addingTimeInterval(1))
        #expect(a != b)
        #expect(renderer.needsSecondTicks(model, rotation: rotation, lock: lock, now: model.situation.now))
    }

    @Test func aMissingFolderShowsACalmScreen() {
        var model = demoModel()
        let since = model.situation.now.addingTimeInterval(-180)
        model.folderMissingSince = since
        let frame = KioskRenderer(language: .id).render(model, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                                        width: 100, height: 30, now: model.situation.now).text
        #expect(frame.contains("Data tidak tersedia sejak 09:57"))
        #expect(!frame.contains("Menuju tahapan"))
        #expect(!frame.contains("error"))
    }

    /// A province database out of reach is not a folder taken away: the lobby keeps the
    /// last figures (the countdown page here) under a line that says since when.
    @Test func anUnreachableDatabaseKeepsTheLastFiguresUnderALine() {
        var model = demoModel()
        let since = model.situation.now.addingTimeInterval(-180)
        model.folderMissingSince = since
        model.sourceIsDatabase = true
        let renderer = KioskRenderer(language: .id)
        let frame = renderer.render(model, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                    width: 100, height: 30, now: model.situation.now).text
        #expect(frame.contains("Basis data tak terjangkau sejak 09:57:00"))
        #expect(!frame.contains("Data tidak tersedia"))
        #expect(frame.contains("Menuju batas SK pemberhentian"))
        var reachable = model
        reachable.folderMissingSince = nil
        let fresh = renderer.render(reachable, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                    width: 100, height: 30, now: model.situation.now).text
        #expect(!fresh.contains("tak terjangkau"))
        #expect(fresh.contains("Menuju batas SK pemberhentian"))
    }

    @Test func pinPromptShowsDotsNotDigits() {
        let model = demoModel()
        var lock = KioskLock(unlockKey: .function(12), pinHash: "$y$stand-in-hash-for-tests") { _, _ in false }
        let now = model.situation.now
        _ = lock.handle(.function(12), at: now)
        for d in "4829" { _ = lock.handle(.character(d), at: now) }
        let frame = KioskRenderer(language: .en).render(model, rotation: KioskRotation(startingAt: now), lock: lock, width: 100, height: 30, now: now)
        let status = frame.lines.last!
        #expect(status.contains("PIN: ••••"))
        #expect(!frame.text.contains("4829"))
    }

    @Test func aLongVerdictCutsTheStatusLineInsteadOfOverwritingIt() {
        let model = demoModel()
        var lock = KioskLock(unlockKey: .function(12), pinHash: "$y$stand-in-hash-for-tests") { _, _ in false }
        let now = model.situation.now
        for _ in 0..<3 {
            _ = lock.handle(.function(12), at: now)
            _ = lock.handle(.enter, at: now)
        }
        var rotation = KioskRotation(startingAt: now)
        rotation.pause(at: now)
        let status = KioskRenderer(language: .id).render(model, rotation: rotation, lock: lock, width: 80, height: 24, now: now).lines.last!
        #expect(status.hasSuffix("Terlalu banyak PIN salah — coba lagi dalam 30 dtk"))
        // Cut before the time rather than after it: a number is never cut, and a
        // digit never stands before `…` (issue 23).
        #expect(status.hasPrefix(" Kiosk · diperbarui"))
        #expect(!status.contains("0…"))
        let afterCut = status.split(separator: "…", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
        #expect(afterCut.hasPrefix(" ") && afterCut.trimmingCharacters(in: .whitespaces).hasPrefix("Terlalu"),
                "the left part ends in an ellipsis, then a gap: \(status)")
    }

    @Test func tooSmallSaysSo() {
        let model = demoModel()
        let frame = KioskRenderer(language: .en).render(model, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                                        width: 60, height: 20, now: model.situation.now).text
        #expect(frame.contains("Terminal too small"))
    }
}

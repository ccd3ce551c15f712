import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// What a public screen must never show, checked on every kiosk page, every
/// screenful, several sizes and both languages.
@Suite struct KioskPrivacyTests {
    static let sizes = [(80, 24), (100, 30), (120, 40), (160, 50), (240, 70)]

    /// The demo's settings, with every screenful of a list in the rotation.
    static let everyScreenful = DemoData.files[.settings]!.replacingOccurrences(of: "screens_per_page = 3", with: "screens_per_page = 100")

    /// The demo plus 60 more candidates (so lists run over several screenfuls), and
    /// an officers.csv line that fails, whose message quotes a full NIP.
    static func crowdedModel(settings: String = everyScreenful, at iso: String = "2023-05-23T10:00:00+08:00") -> DashboardModel {
        let first = ["Bagus", "Citra", "Dewi", "Eko", "Fajar", "Gita", "Hadi", "Intan", "Joko", "Kartika"]
        let last = ["Prasetyo", "Lestari", "Kurniawan", "Wulandari", "Santoso", "Pratama"]
        var officers = DemoData.files[.officers]!
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

    static func leaks(in frame: String, _ model: DashboardModel) -> [String] {
        var found: [String] = []
        if frame.range(of: "[0-9]{18}", options: .regularExpression) != nil { found.append("an 18-digit NIP") }
        for c in model.dataset.cases where frame.contains(String(c.summary.prefix(24))) { found.append("case summary of \(c.id)") }
        for o in model.dataset.officers where o.name.contains(" ") && frame.contains(o.name) { found.append("name \(o.name)") }
        for word in privateNameWords(model) where frame.range(of: "\\b\(word)\\b", options: .regularExpression) != nil {
            found.append("name word \(word)")
        }
        return found
    }

    @Test(arguments: sizes.indices)
    func noKioskFrameShowsANIPASummaryOrAName(_ sizeIndex: Int) {
        let (width, height) = Self.sizes[sizeIndex]
        let model = Self.crowdedModel()
        #expect(model.reading.diagnostics.contains { $0.message.range(of: "[0-9]{18}", options: .regularExpression) != nil },
                "the data carries a message quoting a NIP, which the kiosk must not show")
        for language in Language.allCases {
            let frames = Self.frames(model, language: language, width: width, height: height)
            #expect(frames.count >= 5)
            for frame in frames {
                let leaks = Self.leaks(in: frame, model)
                #expect(leaks.isEmpty, "\(width)x\(height) \(language): \(leaks)\n\(frame)")
            }
        }
    }

    /// The settings with the officers page (candidates only) in the rotation.
    static func withOfficersPage(_ settings: String) -> String {
        settings.replacingOccurrences(of: "views = [\"countdown\", \"overview\"", with: "views = [\"countdown\", \"officers\", \"overview\"")
    }

    @Test func listsRunOverSeveralScreenfulsAndAllRowsShow() throws {
        let model = Self.crowdedModel(settings: Self.withOfficersPage(Self.everyScreenful))
        let renderer = KioskRenderer(language: .id)
        let officers = try #require(model.dataset.settings.kiosk.pages.firstIndex(of: .officers))
        #expect(renderer.parts(ofPage: officers, model, width: 80, height: 24) > 3)
        let frames = Self.frames(model, language: .id, width: 80, height: 24).joined()
        // Every new candidate's initials appear on some screenful of the officers page.
        for initials in ["B. P.", "K. P.", "K. W.", "G. S."] { #expect(frames.contains(initials)) }
    }

    @Test func aLongListShowsOnlyItsFirstScreenfulsByDefault() throws {
        let model = Self.crowdedModel(settings: Self.withOfficersPage(DemoData.files[.settings]!))
        let renderer = KioskRenderer(language: .id)
        let officers = try #require(model.dataset.settings.kiosk.pages.firstIndex(of: .officers))
        #expect(renderer.parts(ofPage: officers, model, width: 80, height: 24) == 3)
        let frame = renderer.render(model, rotation: KioskRotation(startingAt: model.situation.now, pageIndex: officers),
                                    lock: KioskLock(unlockKey: .function(12), pinHash: nil), width: 80, height: 24, now: model.situation.now)
        #expect(frame.lines[1].contains("● Pegawai 1/3"))
        let candidates = model.dataset.officers.filter(\.candidacy.isActiveCandidate).count
        #expect(frame.lines[2].contains("/\(candidates) "), "the separator still tells how many rows there are")
    }

    @Test func theConfigurationCanAllowMore() {
        let settings = Self.everyScreenful.replacingOccurrences(of: "names = \"initials\"", with: "names = \"full\"")
            .replacingOccurrences(of: "nip = \"masked\"", with: "nip = \"full\"")
        let model = Self.crowdedModel(settings: settings)
        #expect(model.dataset.settings.kiosk.privacy.names == .full)
        let frames = Self.frames(model, language: .id, width: 120, height: 40).joined()
        // The same check finds the names and NIPs once they are allowed: it can fail.
        #expect(!Self.leaks(in: frames, model).isEmpty)
        #expect(frames.contains("Yuliana Tandi"))
    }

    @Test func hiddenNamesAndNIPsShowADash() {
        let settings = Self.everyScreenful.replacingOccurrences(of: "names = \"initials\"", with: "names = \"hidden\"")
            .replacingOccurrences(of: "nip = \"masked\"", with: "nip = \"hidden\"")
        let model = Self.crowdedModel(settings: settings)
        let frames = Self.frames(model, language: .en, width: 120, height: 40).joined()
        #expect(!frames.contains("I. S."))
        #expect(!frames.contains("••••"))
        #expect(frames.contains("— (bacaleg)"))
    }

    @Test func brokenDataGetsADiscreetLineWithoutTheMessage() {
        let model = Self.crowdedModel()
        let lock = KioskLock(unlockKey: .function(12), pinHash: nil)
        let frame = KioskRenderer(language: .id).render(model, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                                        width: 120, height: 40, now: model.situation.now).text
        #expect(frame.contains("Sebagian data belum diperbarui (officers.csv)"))
        for diagnostic in model.reading.diagnostics { #expect(!frame.contains(diagnostic.message)) }
    }
}

@Suite struct KioskFrameTests {
    let lock = KioskLock(unlockKey: .function(12), pinHash: nil)

    @Test func countdownShowsBigDigitsTheStageAndTheZone() {
        let model = demoModel()
        let frame = KioskRenderer(language: .id).render(model, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                                        width: 120, height: 40, now: model.situation.now)
        let text = frame.text
        #expect(text.contains("Menuju tahapan"))
        #expect(text.contains("Pengajuan perbaikan dokumen"))
        #expect(text.contains("WITA"))
        #expect(text.contains("hari") && text.contains("detik"))
        // Block digits fill most of the width.
        let widest = frame.lines.map { line in line.filter { $0 == "█" }.count }.max() ?? 0
        #expect(widest > 40)
        #expect(text.contains("Berjalan: ▶ Verifikasi administrasi dokumen persyaratan"))
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
        #expect(status.hasSuffix("Terlalu banyak PIN salah — coba lagi dalam 30 d"))
        #expect(status.hasPrefix(" Kiosk · diperbarui 10:00:00"))
        #expect(status.contains("… Terlalu") || status.contains("…  Terlalu"), "the left part ends in an ellipsis, then a gap: \(status)")
    }

    @Test func tooSmallSaysSo() {
        let model = demoModel()
        let frame = KioskRenderer(language: .en).render(model, rotation: KioskRotation(startingAt: model.situation.now), lock: lock,
                                                        width: 60, height: 20, now: model.situation.now).text
        #expect(frame.contains("Terminal too small"))
    }
}

import Foundation
import NetraCore

/// Words of the kiosk's public pages and its operator, per language: key figures,
/// chart titles, what the countdown counts to, the unlock banner, the demo's hint and
/// the line that says which refused setting was replaced by what.
extension UIText {
    /// A key figure's label (under its big digits) or a chart's title.
    enum KioskWord {
        case candidates, withoutDecree, decreed, leavingYear, inProcess, ageRetirements, openCases, overdueCases, touchingCandidates
        case stagesRunning, stagesAhead
        case perElection, byParty, byDistrict, leavingPerMonth, casesByStatus, casesBySource
        case candidatesPage, initials, towardsVoting, towardsDeadline, votingStarts, deadlineAt
    }

    func kiosk(_ word: KioskWord) -> String {
        switch word {
        case .candidates: return Message(en: "Registered candidates", id: "Calon terdaftar").text(language)
        case .withoutDecree: return Message(en: "Without a decree", id: "Calon tanpa SK").text(language)
        case .decreed: return Message(en: "Decree issued", id: "SK terbit").text(language)
        case .leavingYear: return Message(en: "Leaving within 12 months", id: "Keluar dalam 12 bulan").text(language)
        case .inProcess: return Message(en: "Requests in process", id: "Permohonan diproses").text(language)
        case .ageRetirements: return Message(en: "Age retirements awaiting a decree", id: "Pensiun BUP menunggu SK").text(language)
        case .openCases: return self(.openCases)
        case .overdueCases: return Message(en: "Overdue", id: "Lewat batas").text(language)
        case .touchingCandidates: return Message(en: "Concerning candidates", id: "Menyangkut calon").text(language)
        case .stagesRunning: return Message(en: "Stages running", id: "Tahapan berjalan").text(language)
        case .stagesAhead: return Message(en: "Stages ahead", id: "Tahapan akan datang").text(language)
        case .perElection: return Message(en: "Candidates per election", id: "Calon per pemilihan").text(language)
        case .byParty: return Message(en: "Candidates by party", id: "Calon menurut partai").text(language)
        case .byDistrict: return Message(en: "Candidates by electoral district", id: "Calon menurut dapil").text(language)
        case .leavingPerMonth: return Message(en: "Leaving the service per month", id: "Keluar dari dinas per bulan").text(language)
        case .casesByStatus: return Message(en: "Neutrality cases by status", id: "Kasus netralitas menurut status").text(language)
        case .casesBySource: return Message(en: "Neutrality cases by source", id: "Kasus netralitas menurut sumber").text(language)
        case .candidatesPage: return Message(en: "Candidates", id: "Calon").text(language)
        case .initials: return Message(en: "Initials", id: "Inisial").text(language)
        case .towardsVoting: return Message(en: "Until voting day", id: "Menuju pemungutan suara").text(language)
        case .towardsDeadline: return Message(en: "Until the decree deadline", id: "Menuju batas SK pemberhentian").text(language)
        case .votingStarts: return Message(en: "opens", id: "dimulai").text(language)
        case .deadlineAt: return Message(en: "due", id: "batas").text(language)
        }
    }

    /// `5 calon`, `1 candidate`, `5 candidates`.
    func candidateCount(_ n: Int) -> String { Message(en: "\(n) candidate\(n == 1 ? "" : "s")", id: "\(n) calon").text(language) }

    /// The label of the groups too small to name: `kelompok < 3`.
    func smallGroups(_ size: Int) -> String { Message(en: "small groups (< \(size))", id: "kelompok kecil (< \(size))").text(language) }

    /// Under the candidates' rows: how many are only counted.
    func hiddenCandidates(_ count: Int, minGroup: Int) -> String {
        Message(en: "\(count) more candidate\(count == 1 ? "" : "s") in small groups (< \(minGroup)) only counted",
                id: "\(count) calon lain dalam kelompok kecil (< \(minGroup)) hanya dihitung").text(language)
    }

    /// The unlocked kiosk's banner: the lock-now key, and the relock counting down.
    func unlockedBanner(lockKey: String, secondsLeft: Int) -> String {
        let left = String(format: "%d:%02d", secondsLeft / 60, secondsLeft % 60)
        return Message(en: "Kiosk unlocked · \(lockKey) locks now · locks itself in \(left) without a key · q quits",
                       id: "Kiosk terbuka · \(lockKey) kunci sekarang · terkunci sendiri dalam \(left) tanpa tombol · q keluar").text(language)
    }

    /// The lock-now key's line in help.
    var lockNowHelp: String { Message(en: "lock the kiosk now (the public screen returns)", id: "kunci kiosk sekarang (layar publik kembali)").text(language) }

    /// Demo mode only: how to leave the demo kiosk.
    func demoUnlockHint(key: String, pin: String) -> String { Message(en: "demo: \(key), then \(pin)", id: "demo: \(key), lalu \(pin)").text(language) }

    /// The discreet line for refused `[kiosk]` values: `rotate_seconds = 5 dipakai (bukan 3)`.
    func adjustments(_ list: [SettingAdjustment]) -> String {
        let items = list.map { Message(en: "\($0.key) = \($0.used) used (not \($0.written))", id: "\($0.key) = \($0.used) dipakai (bukan \($0.written))").text(language) }
        return "netra.toml: " + items.joined(separator: "; ")
    }

    /// The countdown target cannot be followed: what is shown instead.
    func countdownFellBack(_ setting: String) -> String {
        Message(en: "countdown = \(setting) is not in the schedule or has passed: the nearest is shown",
                id: "countdown = \(setting) tidak ada di jadwal atau sudah lewat: yang terdekat ditampilkan").text(language)
    }
}

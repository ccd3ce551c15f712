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
        let id = language == .id
        switch word {
        case .candidates: return id ? "Calon terdaftar" : "Registered candidates"
        case .withoutDecree: return id ? "Calon tanpa SK" : "Without a decree"
        case .decreed: return id ? "SK terbit" : "Decree issued"
        case .leavingYear: return id ? "Keluar dalam 12 bulan" : "Leaving within 12 months"
        case .inProcess: return id ? "Permohonan diproses" : "Requests in process"
        case .ageRetirements: return id ? "Pensiun BUP menunggu SK" : "Age retirements awaiting a decree"
        case .openCases: return self(.openCases)
        case .overdueCases: return id ? "Lewat batas" : "Overdue"
        case .touchingCandidates: return id ? "Menyangkut calon" : "Concerning candidates"
        case .stagesRunning: return id ? "Tahapan berjalan" : "Stages running"
        case .stagesAhead: return id ? "Tahapan akan datang" : "Stages ahead"
        case .perElection: return id ? "Calon per pemilihan" : "Candidates per election"
        case .byParty: return id ? "Calon menurut partai" : "Candidates by party"
        case .byDistrict: return id ? "Calon menurut dapil" : "Candidates by electoral district"
        case .leavingPerMonth: return id ? "Keluar dari dinas per bulan" : "Leaving the service per month"
        case .casesByStatus: return id ? "Kasus netralitas menurut status" : "Neutrality cases by status"
        case .casesBySource: return id ? "Kasus netralitas menurut sumber" : "Neutrality cases by source"
        case .candidatesPage: return id ? "Calon" : "Candidates"
        case .initials: return id ? "Inisial" : "Initials"
        case .towardsVoting: return id ? "Menuju pemungutan suara" : "Until voting day"
        case .towardsDeadline: return id ? "Menuju batas SK pemberhentian" : "Until the decree deadline"
        case .votingStarts: return id ? "dimulai" : "opens"
        case .deadlineAt: return id ? "batas" : "due"
        }
    }

    /// `5 calon`, `1 candidate`, `5 candidates`.
    func candidateCount(_ n: Int) -> String { language == .id ? "\(n) calon" : "\(n) candidate\(n == 1 ? "" : "s")" }

    /// The label of the groups too small to name: `kelompok < 3`.
    func smallGroups(_ size: Int) -> String { language == .id ? "kelompok kecil (< \(size))" : "small groups (< \(size))" }

    /// Under the candidates' rows: how many are only counted.
    func hiddenCandidates(_ count: Int, minGroup: Int) -> String {
        language == .id ? "\(count) calon lain dalam kelompok kecil (< \(minGroup)) hanya dihitung"
            : "\(count) more candidate\(count == 1 ? "" : "s") in small groups (< \(minGroup)) only counted"
    }

    /// The unlocked kiosk's banner: the lock-now key, and the relock counting down.
    func unlockedBanner(lockKey: String, secondsLeft: Int) -> String {
        let left = String(format: "%d:%02d", secondsLeft / 60, secondsLeft % 60)
        return language == .id ? "Kiosk terbuka · \(lockKey) kunci sekarang · terkunci sendiri dalam \(left) tanpa tombol · q keluar"
            : "Kiosk unlocked · \(lockKey) locks now · locks itself in \(left) without a key · q quits"
    }

    /// The lock-now key's line in help.
    var lockNowHelp: String { language == .id ? "kunci kiosk sekarang (layar publik kembali)" : "lock the kiosk now (the public screen returns)" }

    /// Demo mode only: how to leave the demo kiosk.
    func demoUnlockHint(key: String, pin: String) -> String { language == .id ? "demo: \(key), lalu \(pin)" : "demo: \(key), then \(pin)" }

    /// The discreet line for refused `[kiosk]` values: `rotate_seconds = 5 dipakai (bukan 3)`.
    func adjustments(_ list: [SettingAdjustment]) -> String {
        let items = list.map { language == .id ? "\($0.key) = \($0.used) dipakai (bukan \($0.written))" : "\($0.key) = \($0.used) used (not \($0.written))" }
        return "netra.toml: " + items.joined(separator: "; ")
    }

    /// The countdown target cannot be followed: what is shown instead.
    func countdownFellBack(_ setting: String) -> String {
        language == .id ? "countdown = \(setting) tidak ada di jadwal atau sudah lewat: yang terdekat ditampilkan"
            : "countdown = \(setting) is not in the schedule or has passed: the nearest is shown"
    }
}

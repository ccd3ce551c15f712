import Foundation
import Testing
@testable import NetraCore

/// What SIASN's *kedudukan hukum* changes in the rules: an officer it lists as gone
/// raises no decree alert; one it lists as away or blocked is still followed.
@Suite struct LegalStatusRuleTests {
    func officer(_ nip: NIP, _ name: String, status: String?) -> Officer {
        var o = Officer(nip: nip, name: name, candidacy: .bacaleg)
        if let status {
            o.statusText = status
            o.status = LegalStatus.classify(status)
        }
        return o
    }

    /// Both candidates filed an early retirement on 8 May 2023 and have no decree; on
    /// 1 Jul the request is past its 14 working days and the deadline is near.
    func alerts(firstStatus: String?) -> [Alert] {
        let filed = CivilDate(year: 2023, month: 5, day: 8)!
        let data = dataset(officers: [officer(candidateNIP, "A", status: firstStatus), officer(youngNIP, "B", status: "Aktif")],
                           requests: [RetirementRequest(nip: candidateNIP, kind: .early, filedOn: filed, stage: .verified),
                                      RetirementRequest(nip: youngNIP, kind: .early, filedOn: filed, stage: .verified)])
        return Situation(dataset: data, now: at("2023-09-28T10:00:00+08:00")).alerts
    }

    @Test func aDismissedCandidateHasNoDecreeAlert() {
        let active = alerts(firstStatus: "Aktif")
        // The rules do alert for this candidate while SIASN says active …
        #expect(active.contains { $0.nip == candidateNIP && $0.kind == .candidateRequestPending })
        #expect(active.contains { $0.nip == candidateNIP && $0.kind == .processingOverdue })
        // … and say nothing about him once SIASN says he was dismissed, retired or died.
        for gone in ["Diberhentikan Dengan Hormat", "Pensiun", "Meninggal Dunia"] {
            let after = alerts(firstStatus: gone)
            #expect(!after.contains { $0.nip == candidateNIP }, "\(gone)")
            #expect(after.filter { $0.nip == youngNIP }.map(\.kind) == active.filter { $0.nip == youngNIP }.map(\.kind))
        }
    }

    @Test func awayAndBlockedOfficersAreStillFollowed() {
        let active = alerts(firstStatus: "Aktif").filter { $0.nip == candidateNIP }.map(\.kind)
        for still in ["CLTN", "Tugas Belajar", "Pemblokiran Data PNS", "Penerima Uang Tunggu", nil] {
            #expect(alerts(firstStatus: still).filter { $0.nip == candidateNIP }.map(\.kind) == active, "\(still ?? "no status")")
        }
    }

    @Test func statusWordsAreGroupedButKeptAsWritten() {
        #expect(LegalStatus.classify("Cuti Di Luar Tanggungan Negara") == .unpaidLeave)
        #expect(LegalStatus.classify("MPP") == .preRetirement)
        #expect(LegalStatus.classify("blocked") == .blocked)
        #expect(LegalStatus.allCases.filter(\.isInService) == [.active, .unpaidLeave, .studyLeave, .preRetirement, .suspended, .blocked, .other])
    }
}

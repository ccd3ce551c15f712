import Foundation
import Testing
@testable import NetraCore

/// What the derivations keep and count when many officers share a TMT (a roster where
/// everyone is near or past retirement, as in the fast-writer soak): each officer
/// counted once, looked up in the roster rather than copied, the roster allocated once.
@Suite struct LargeRosterDerivationTests {
    func day(_ y: Int, _ m: Int, _ d: Int) -> CivilDate { CivilDate(year: y, month: m, day: d)! }
    let story = "2023-05-23T10:00:00+08:00"

    @Test func ageRetirementsNameTheirOfficersInDateThenNameOrderAndCountEachOnce() {
        // Zed and Ana: TMT 1 Apr 2023 (past, no request); Budi: TMT 1 Aug 2023 with an age
        // request in process; an early retirement of an officer who is not on the roster.
        let zed = Officer(nip: nip("196503101990031002"), name: "Zed")
        let ana = Officer(nip: nip("196503201990032001"), name: "Ana")
        let budi = Officer(nip: nip("196507091988031001"), name: "Budi")
        let requests = [
            RetirementRequest(nip: budi.nip, kind: .age, filedOn: day(2023, 5, 2), stage: .filed),
            RetirementRequest(nip: nip("197001011995031001"), kind: .early, filedOn: day(2023, 5, 2), stage: .filed, effectiveOn: day(2023, 9, 1)),
        ]
        let s = Situation(dataset: dataset(officers: [zed, budi, ana], requests: requests), now: at(story))
        #expect(s.ageRetirements.map(\.officer.name) == ["Ana", "Zed", "Budi"])
        #expect(s.ageRetirements.map(\.officer.nip) == [ana.nip, zed.nip, budi.nip])
        #expect(s.ageRetirements.map(\.date) == [day(2023, 4, 1), day(2023, 4, 1), day(2023, 8, 1)])
        // Ana, Zed, Budi (request and age retirement: once), the officer off the roster.
        #expect(s.counts.pendingRetirements == 4)
        let past = s.alerts.filter { $0.kind == .pastRetirementAge }
        #expect(Set(past.compactMap(\.nip)) == [ana.nip, zed.nip])
        // The shared TMT gives both the same countdown.
        #expect(past.map { $0.countdown?.dayLabel } == ["H+52", "H+52"])
    }

    @Test func leavingCalendarTakesEachOfficersEarliestDate() {
        // Both born in June 1965: TMT 1 Jul 2023. One leaves earlier by request (15 Jun),
        // the other's request is later than the TMT (the TMT counts); a request for an
        // officer who is not on the roster counts in its own month.
        let early = Officer(nip: nip("196506151990031002"), name: "Early")
        let late = Officer(nip: nip("196506201990032001"), name: "Late")
        let requests = [
            RetirementRequest(nip: early.nip, kind: .early, filedOn: day(2023, 5, 2), stage: .filed, effectiveOn: day(2023, 6, 15)),
            RetirementRequest(nip: late.nip, kind: .early, filedOn: day(2023, 5, 2), stage: .filed, effectiveOn: day(2023, 10, 1)),
            RetirementRequest(nip: nip("197001011995031001"), kind: .resignation, filedOn: day(2023, 5, 2), stage: .filed,
                              effectiveOn: day(2023, 9, 1)),
        ]
        let s = Situation(dataset: dataset(officers: [early, late], requests: requests), now: at(story))
        let months = RetirementCalendar.perMonth(s, months: 12)
        #expect(months.map(\.count) == [0, 1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 0])
        // Without requests, both in July.
        let plain = Situation(dataset: dataset(officers: [early, late]), now: at(story))
        #expect(RetirementCalendar.perMonth(plain, months: 3).map(\.count) == [0, 0, 2])
    }

    @Test func theRosterIsAllocatedOnceForShortRows() throws {
        // ~32-byte rows: the old guess (a row per 90 bytes) reserved a third, then doubled twice.
        var text = "NIP;NAMA;UNIT KERJA;JABATAN;GOL/RUANG;PENCALONAN\n"
        for i in 0..<1000 {
            text += String(format: "196501%02d1990012%03d;N%d;U;P;III/a;\n", 1 + i / 999, i % 999 + 1, i)
        }
        let roster = try #require(RecordReaders.officers(Array(text.utf8)).value)
        #expect(roster.officers.count == 1000)
        #expect(roster.officers.capacity < 1100)
    }

    @Test func placesFollowLineFeedsAndAreBounded() {
        // Each piece has room for its line feeds, the last one more; they meet.
        let places = OfficerRegion.places(lineFeeds: [3, 5, 2], bound: 1_000_000)
        #expect(places.map(\.start) == [0, 3, 8])
        #expect(places.map(\.capacity) == [3, 5, 3])
        #expect(OfficerRegion.places(lineFeeds: [0], bound: 10).map(\.capacity) == [1])
        // A file of blank lines reserves no more than the bound (a million rows, or a
        // row per 64 bytes): the later pieces get what is left, then nothing.
        let bounded = OfficerRegion.places(lineFeeds: [700, 700, 700], bound: 1_000)
        #expect(bounded.map(\.capacity) == [700, 301, 0])
        #expect(RecordReaders.rowBound([UInt8](repeating: 0x0A, count: 2_400_000)) == 1_000_000)
        #expect(RecordReaders.rowBound([UInt8](repeating: 0x0A, count: 96_000_000)) == 1_500_000)
    }
}

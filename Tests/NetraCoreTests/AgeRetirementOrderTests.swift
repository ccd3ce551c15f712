import Foundation
import Testing
@testable import NetraCore

/// Retirements by age are listed by TMT, then by name; equal ones keep their order.
@Suite struct AgeRetirementOrderTests {
    @Test func byDateThenNameThenAsGiven() throws {
        let names = ["Wati", "Agus", "Budi", "Agus", "Citra", "Ähmad"]
        let officers = names.enumerated().map { Officer(nip: NIP(value: UInt64(196_001_011_980_011_001 + $0.offset)), name: $0.element) }
        let june = CivilDate(firstOf: 6, year: 2023), july = CivilDate(firstOf: 7, year: 2023)
        let dates = [july, june, june, june, july, june]
        let given = officers.indices.map { i in
            AgeRetirement(officers: officers, index: i, date: dates[i], hasRequest: false, isPast: false, isPending: true)
        }
        let sorted = RequestRules.byDateThenName(given)
        // June: the two Agus in the order given (NIPs ...002 then ...004), Budi, then Ähmad
        // (Unicode order puts "Ä" after the plain letters); July: Citra, Wati.
        #expect(sorted.map(\.officer.name) == ["Agus", "Agus", "Budi", "Ähmad", "Citra", "Wati"])
        #expect(sorted.prefix(2).map(\.officer.nip.value) == [196_001_011_980_011_002, 196_001_011_980_011_004])
        // The same order the comparison on the officers themselves gives.
        let reference = given.enumerated().sorted { a, b in
            a.element.date != b.element.date ? a.element.date < b.element.date
                : a.element.officer.name != b.element.officer.name ? a.element.officer.name < b.element.officer.name : a.offset < b.offset
        }.map(\.element.officer.nip)
        #expect(sorted.map(\.officer.nip) == reference)
    }
}

import Testing
@testable import NetraCore

@Suite struct DateTextTests {
    static let may23 = CivilDate(year: 2023, month: 5, day: 23)!

    @Test(arguments: ["2023-05-23", "23/05/2023", "23-05-2023", "23.05.2023", "23 Mei 2023", "23 May 2023",
                      "23 mei 2023", "23 MEI 2023", "23-Mei-2023", "  23/5/2023 ", "23 Mei  2023"])
    func acceptedForms(_ text: String) throws {
        #expect(try DateText.parse(text).get() == Self.may23)
    }

    @Test(arguments: [
        ("Jan", 1), ("Januari", 1), ("Feb", 2), ("Februari", 2), ("Mar", 3), ("Maret", 3), ("Apr", 4), ("April", 4),
        ("Mei", 5), ("Jun", 6), ("Juni", 6), ("Jul", 7), ("Juli", 7), ("Agu", 8), ("Agt", 8), ("Agustus", 8),
        ("August", 8), ("Sep", 9), ("September", 9), ("Okt", 10), ("Oktober", 10), ("October", 10),
        ("Nov", 11), ("Nopember", 11), ("November", 11), ("Des", 12), ("Desember", 12), ("December", 12),
    ])
    func monthNames(name: String, month: Int) throws {
        #expect(try DateText.parse("1 \(name) 2024").get() == CivilDate(year: 2024, month: month, day: 1))
    }

    @Test func failuresSayWhy() {
        #expect(DateText.parse("31/04/2023") == .failure(.noSuchDay))
        #expect(DateText.parse("29 Feb 2023") == .failure(.noSuchDay))
        #expect(DateText.parse("29 Feb 2024") == .success(CivilDate(year: 2024, month: 2, day: 29)!))
        #expect(DateText.parse("5/23/2023") == .failure(.monthDayOrder))
        #expect(DateText.parse("45069") == .failure(.spreadsheetSerial))
        #expect(DateText.parse("23/05/23") == .failure(.twoDigitYear))
        #expect(DateText.parse("23 Mai 2023") == .failure(.unknownMonth("Mai")))
        #expect(DateText.parse("kemarin") == .failure(.unrecognised))
        #expect(DateText.parse("") == .failure(.unrecognised))
        #expect(DateText.parse("2023/05-23") == .failure(.unrecognised))
    }
}

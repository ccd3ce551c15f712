import Testing
@testable import NetraCore

@Suite struct NIPTests {
    @Test func partsOfAValidNIP() throws {
        let nip = try NIP.parse("198609262015051001").get()
        #expect(nip.birthDate == CivilDate(year: 1986, month: 9, day: 26))
        #expect(nip.serviceStart == CivilDate(year: 2015, month: 5, day: 1))
        #expect(nip.sexDigit == 1)
        #expect(nip.serial == 1)
        #expect(nip.description == "198609262015051001")
    }

    @Test func spacesBetweenGroupsAreAccepted() throws {
        #expect(try NIP.parse("19860926 201505 1 001").get().description == "198609262015051001")
    }

    @Test(arguments: ["1.98505E+17", "1,98505E+17", "1.98505e+17", "198505E17"])
    func scientificNotation(_ text: String) {
        #expect(NIP.parse(text) == .failure(.scientificNotation))
    }

    @Test func spreadsheetMangling() {
        #expect(NIP.parse("198505122010011001.0") == .failure(.decimalSuffix))
        #expect(NIP.parse("198505122010011001,00") == .failure(.decimalSuffix))
        #expect(NIP.parse("'198505122010011001") == .failure(.leadingApostrophe))
    }

    @Test func messagesExplainTheFix() {
        let message = Messages.nip(.scientificNotation, raw: "1.98505E+17").english
        #expect(message.contains("spreadsheet") && message.contains("Text"))
        #expect(Messages.nip(.leadingApostrophe, raw: "'1").english.contains("apostrophe"))
    }

    @Test func eachPartIsChecked() {
        #expect(NIP.parse("") == .failure(.empty))
        #expect(NIP.parse("19850512201001100") == .failure(.wrongLength(17)))
        #expect(NIP.parse("1985051220100110011") == .failure(.wrongLength(19)))
        #expect(NIP.parse("19850512201001100x") == .failure(.notDigits))
        #expect(NIP.parse("198502302010011001") == .failure(.impossibleBirthDate))   // 30 Feb
        #expect(NIP.parse("198505122010131001") == .failure(.impossibleServiceStart)) // month 13
        #expect(NIP.parse("198505122000011001") == .failure(.startedBeforeEighteen))  // aged 14
        #expect(NIP.parse("198505122003041001") == .failure(.startedBeforeEighteen))  // 17 years 11 months
        #expect(NIP.parse("198505122003051001").isSuccess)                           // exactly 18
        #expect(NIP.parse("198505122010013001") == .failure(.badSexDigit(3)))
        #expect(NIP.parse("198505122010011000") == .failure(.zeroSerial))
    }

    @Test func pppkNumbersAreNotCheckedWithThePNSLayout() {
        #expect(NIP.parse("202106211996051201", employment: .pppk).isSuccess)
        #expect(NIP.parse("202106211996051201", employment: .pns).isSuccess == false)
        #expect(NIP.parse("1.98505E+17", employment: .pppk) == .failure(.scientificNotation))
    }
}

extension Result {
    var isSuccess: Bool { if case .success = self { true } else { false } }
}

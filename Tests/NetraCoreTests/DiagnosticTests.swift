import Testing
@testable import NetraCore

/// One diagnostic shape for data files, settings and themes; safe to print whatever
/// the path, the message or the date it talks about.
@Suite struct DiagnosticTests {
    @Test func dataFilesAndOtherFilesPrintTheSameWay() {
        let data = Diagnostic(.error, .officers, line: 7, Message(untranslated: "nip is empty"))
        #expect(data.formatted() == "officers.csv:7: error: nip is empty")
        #expect(data.formatted(folder: "data") == "data/officers.csv:7: error: nip is empty")
        #expect(data.file == .officers)
        let theme = Diagnostic(.warning, .file("/usr/share/netra/themes/x.toml", line: 3, column: 9), Message(untranslated: "bad"))
        #expect(theme.formatted(folder: "data") == "/usr/share/netra/themes/x.toml:3:9: warning: bad")
        #expect(theme.file == nil)
        #expect(theme.description == theme.formatted())
    }

    @Test func everyPartIsSanitised() {
        let d = Diagnostic(.warning, .file("x\u{1B}]0;title\u{07}.toml"), Message(untranslated: "m\u{1B}[2J"))
        #expect(!d.formatted().unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 })
        let inFolder = Diagnostic(.error, .cases, line: nil, Message(untranslated: "m"))
        #expect(inFolder.formatted(folder: "dir\u{1B}[31m") == "dir\u{FFFD}[31m/cases.csv: error: m")
    }

    @Test func everyBidiControlIsReplaced() {
        for scalar in [0x061C, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x180E] {
            let text = "a" + String(Character(Unicode.Scalar(scalar)!)) + "b"
            #expect(UntrustedText.sanitized(text) == "a\u{FFFD}b", "U+\(String(scalar, radix: 16))")
        }
        // Joiners that scripts and emoji need stay.
        #expect(UntrustedText.sanitized("क्‍ष 👨‍👩‍👧 می‌خواهم") == "क्‍ष 👨‍👩‍👧 می‌خواهم")
    }

    @Test func absurdYearsAreRefused() {
        #expect(DateText.parse("01/01/0001") == .failure(.implausibleYear(1)))
        #expect(DateText.parse("0001-01-01") == .failure(.implausibleYear(1)))
        #expect(DateText.parse("1 Jan 1899") == .failure(.implausibleYear(1899)))
        #expect(DateText.parse("31/12/2201") == .failure(.implausibleYear(2201)))
        #expect(DateText.parse("01/01/1900") == .success(CivilDate(year: 1900, month: 1, day: 1)!))
        #expect(Messages.date(.implausibleYear(1), raw: "01/01/0001", column: "filed_on").english
                == "filed_on '01/01/0001': the year 1 is not plausible: Netra accepts years 1900 to 2200")
        let reading = RecordReaders.retirements(Array("nip,kind,filed_on,stage\n197003141996031001,early,01/01/0001,filed\n".utf8))
        #expect(reading.diagnostics.contains { $0.line == 2 && $0.message.contains("the year 1 is not plausible") })
    }

    @Test func absurdYearsInTheScheduleAreRefused() {
        let text = """
        holidays = [0001-01-01, 2023-12-25]
        [[stage]]
        id = "a"
        start = 0001-01-01
        end = 2023-01-02
        """
        let reading = TOMLFiles.schedule(Array(text.utf8))
        #expect(reading.value?.stages.isEmpty == true)
        #expect(reading.value?.holidays == [CivilDate(year: 2023, month: 12, day: 25)!])
        let messages = reading.diagnostics.map { $0.formatted() }
        #expect(messages.contains("schedule.toml:1: error: holiday 1: the year 1 is not plausible: Netra accepts years 1900 to 2200"))
        #expect(messages.contains("schedule.toml:4: error: start of stage 'a': the year 1 is not plausible: Netra accepts years 1900 to 2200"))
    }
}

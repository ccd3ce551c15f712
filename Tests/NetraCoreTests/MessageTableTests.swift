import Foundation
import Testing
@testable import NetraCore

/// Every message of the table speaks Indonesian and English. An entry still written
/// as `-> String` (or `static let x = "…"`) is English only; the newest ones may be,
/// while the lead translates them, but only if listed below.
@Suite struct MessageTableTests {
    /// English-only entries that are allowed for now, with why.
    static let allowedUntranslated: Set<String> = [
        "stageBoundaryExample",  // a TOML line (`end = 2023-10-03T23:59:00+07:00`), the same in every language
        "pinHashLine",           // the netra.toml line `kiosk-pin` prints: configuration, not a sentence
    ]

    static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources")

    /// The names of entries in `file` that give a `String` rather than a `Message`.
    static func englishOnly(in file: URL) throws -> [String] {
        let text = try String(contentsOf: file, encoding: .utf8)
        var names: [String] = []
        for line in text.split(separator: "\n") {
            let l = line.trimmingCharacters(in: .whitespaces)
            guard !l.hasPrefix("private"), !l.hasPrefix("//") else { continue }
            guard let decl = l.range(of: #"static (func|let|var) [A-Za-z0-9_]+"#, options: .regularExpression) else { continue }
            let name = String(l[decl].split(separator: " ").last!)
            let rest = l[decl.upperBound...]
            let returnsString = rest.range(of: #"^[^=]*\)\s*->\s*String\b"#, options: .regularExpression) != nil
            let isStringConstant = rest.range(of: #"^(\s*:\s*String\b|\s*=\s*")"#, options: .regularExpression) != nil
            if returnsString || isStringConstant { names.append(name) }
        }
        return names
    }

    static func tableFiles() throws -> [URL] {
        let reading = sources.appendingPathComponent("NetraCore/Reading")
        let core = try FileManager.default.contentsOfDirectory(atPath: reading.path)
            .filter { $0.hasPrefix("Messages") && $0.hasSuffix(".swift") }.sorted().map { reading.appendingPathComponent($0) }
        return core + [sources.appendingPathComponent("netra/Support/CLIMessages.swift")]
    }

    @Test func everyEntryHasAnIndonesianTextExceptTheListedNewestOnes() throws {
        let files = try Self.tableFiles()
        #expect(files.count >= 3)
        let untranslated = try files.flatMap { try Self.englishOnly(in: $0) }
        let unlisted = Set(untranslated).subtracting(Self.allowedUntranslated)
        #expect(unlisted.isEmpty, "messages without an Indonesian text (translate them, or list them in allowedUntranslated): \(unlisted.sorted())")
        // The list stays honest: an entry translated since is taken off it.
        let stale = Self.allowedUntranslated.subtracting(untranslated)
        #expect(stale.isEmpty, "translated now, take off the list: \(stale.sorted())")
    }

    @Test func theScanFindsEnglishOnlyEntries() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("netra-messages-\(UUID()).swift")
        defer { try? FileManager.default.removeItem(at: file) }
        try """
        enum Messages {
            static func fresh(_ n: Int) -> String { "new \\(n)" }
            static let plain = "plain"
            static func done(_ n: Int) -> Message { Message(en: "a", id: "b") }
            private static func helper() -> String { "" }
        }
        """.write(to: file, atomically: true, encoding: .utf8)
        #expect(try Self.englishOnly(in: file) == ["fresh", "plain"])
    }

    @Test func clerksReadTheirOwnLanguage() {
        #expect(Messages.requiredValue("nip").text(.id) == "kolom nip kosong")
        #expect(Messages.nip(.empty, raw: "").text(.id) == "kolom nip kosong")
        #expect(Messages.nip(.scientificNotation, raw: "1,98505E+17").text(.id)
                == "nip '1,98505E+17' diubah menjadi angka oleh spreadsheet (notasi ilmiah): digit terakhirnya hilang. Format kolom nip sebagai Teks lalu ketik ulang 18 digit")
        #expect(Messages.nip(.scientificNotation, raw: "1,98505E+17").text(.en).hasPrefix("nip '1,98505E+17' was turned into a number"))
        #expect(Messages.fileMissing(Messages.withoutCases).text(.id) == "berkas tidak ditemukan: tidak ada kasus netralitas")
        #expect(Messages.unknownValue("calon", column: "candidacy", of: Candidacy.self).text(.id).hasPrefix("candidacy 'calon' tidak dikenal: isi salah satu dari none, bacaleg"))
        #expect(Messages.moreRowsWithTooManyFields(3).text(.id) == "3 baris lain berisi lebih banyak kolom daripada baris judul")
        #expect(Messages.moreRowsWithTooManyFields(1).text(.en) == "1 more row has more fields than the heading")
        #expect(Candidacy.acceptedList(.id).contains("(atau "))
    }

    @Test func everyVariantOfTheEnumeratedMessagesIsTranslated() {
        let nipProblems: [NIP.Problem] = [.empty, .scientificNotation, .decimalSuffix, .leadingApostrophe, .notDigits, .wrongLength(17),
                                          .impossibleBirthDate, .impossibleServiceStart, .startedBeforeEighteen, .badSexDigit(3), .zeroSerial]
        let dates: [DateText.Failure] = [.unrecognised, .noSuchDay, .monthDayOrder, .spreadsheetSerial, .twoDigitYear, .unknownMonth("Mai"),
                                         .implausibleYear(1)]
        let refusals: [SafeFile.Refusal] = [.missing, .notAFile(.namedPipe), .tooLarge(bytes: 100 << 30, limit: 1 << 30), .linkLoop, .danglingLink,
                                            .linkOutsideFolder, .system(13)]
        var all = nipProblems.map { Messages.nip($0, raw: "x") } + dates.map { Messages.date($0, raw: "x", column: "filed_on") }
        all += refusals.map(Messages.refusal) + RetirementAge.Rule.allCases.map(Messages.ruleName).filter { $0.english != $0.text(.id) }
        all += Alert.Kind.allCases.map { Messages.alertKind($0, count: 2) }
        for message in all {
            #expect(message.isTranslated, "\(message.english)")
            #expect(message.text(.id) != message.text(.en), "\(message.english)")
        }
    }

    @Test func anUntranslatedMessageFallsBackToEnglish() {
        let d = Diagnostic(.error, .officers, line: 3, Message(untranslated: "a sentence nobody translated yet"))
        #expect(!d.text.isTranslated)
        #expect(d.formatted(language: .id) == "officers.csv:3: error: a sentence nobody translated yet")
        #expect((Message(en: "a ", id: "b ") + Message(untranslated: "c")).text(.id) == "a c")
    }

    @Test func messagesAreSanitisedInBothLanguages() {
        let d = Diagnostic(.error, .officers, line: 2, Messages.requiredValue("n\u{1B}[31mip"))
        #expect(!d.text.text(.id).contains("\u{1B}"))
        #expect(!d.text.text(.en).contains("\u{1B}"))
    }
}

import Testing
@testable import NetraCore

/// Each kind of data file is described once (`DataFile.kind`): the tables have
/// columns and sheet names, the TOML files neither, and only the core files say
/// something when they are missing.
@Suite struct DataFileKindTests {
    @Test(arguments: DataFile.allCases) func eachFileIsDescribedOnce(_ file: DataFile) {
        let kind = file.kind
        // kpu/ is a folder of tables (KPU's lists): it has their columns but is no one table.
        #expect((kind.columns != nil) == (file.isTable || file == .kpu))
        if file.isTable {
            // Its sheet is found by its English name; its NIP column (where it has one) by heading.
            #expect(kind.sheetNames.first == String(file.fileName.dropLast(4)))
            #expect(kind.columns?.canonicalHeading("no such column") == nil)
        } else {
            #expect(kind.sheetNames.isEmpty)
        }
        // An empty file is read by its own reader (no records, or empty ones), never crashes.
        _ = kind.read([])
        let missing = kind.missing?.severity
        switch file {
        case .officers: #expect(missing == .error)
        case .retirements, .cases, .schedule: #expect(missing == .warning)
        case .settings, .circulars, .acknowledgements, .candidates, .kpu, .kpuReview: #expect(missing == nil)
        }
    }

    @Test func aMissingRosterIsAnErrorInBothLanguages() {
        let outcome = DataFolder.readText(.officers, from: MemoryFiles([:]))
        #expect(!outcome.exists && outcome.diagnostics.count == 1)
        #expect(outcome.diagnostics.first?.severity == .error)
        #expect(outcome.diagnostics.first?.text.isTranslated == true)
    }
}

import Foundation
import Testing
@testable import NetraCore

/// A roster's reading kept in the state folder (`KeptRoster`): used only for the same
/// file read by the same binary, identical to a fresh reading, and never trusted blindly.
@Suite struct KeptRosterTests {
    /// A SIASN-shaped roster with every field the reader keeps: titles, statuses, sexes,
    /// recorded dates, PPPK officers, acting titles, inferred and stated ages, candidates;
    /// and rows that give warnings and errors (a skipped candidate among them).
    static func rosterCSV(extraRows: Int = 0) -> String {
        var lines = ["NIP;NAMA;GELAR DEPAN;GELAR BELAKANG;UNIT KERJA;JABATAN;GOL/RUANG;PENCALONAN;PARTAI;DAPIL;BUP;"
            + "JENIS PEGAWAI;KEDUDUKAN HUKUM;TMT PENSIUN;TANGGAL LAHIR;JENIS KELAMIN;PEMILIHAN"]
        lines.append("196501011985011001;\"Santoso, Agus\";Dr. H.;S.Sos., M.Si.;Dinas Pendidikan;Guru Ahli Madya;IV/a;bacaleg;Partai Nusantara;Balikpapan 1;;PNS;Aktif;;01-01-1965;Pria;")
        lines.append("196502021986012002;Siti Aminah;;S.Pd.;Dinas Kesehatan;Plt. Kepala Dinas Kesehatan;IV/c;-;;;;PNS;CLTN;01-03-2025;;Wanita;")
        lines.append("199001012023212001;Rina Wati;;;Sekretariat Daerah;Pengelola Umum;IX;;;;58;PPPK;;;;P;")
        lines.append("196803031990031003;Bambang Éfendi;;;Dinas Pekerjaan Umum;Kepala Bidang;IV/b;paslon;;;60;PNS;Pemblokiran Data PNS;;;L;pilkada-2024")
        lines.append("196804041991041004;;;;Dinas Sosial;Staf;III/a;bacaleg;Partai Baru;Dapil 2;;PNS;;;;;")  // no name: skipped candidate
        lines.append("12345;Nomor Pendek;;;Dinas Sosial;Staf;III/a;-;;;;PNS;;;;;")  // bad NIP: skipped
        lines.append("196805051992051005;Umar Said;;;Dinas Sosial;Staf;III/a;-;;;99;PNS;;;;;")  // bad age: skipped
        lines.append("196501011985011001;Agus Lagi;;;Dinas Sosial;Staf;III/a;-;;;;PNS;;;;;")  // a NIP twice
        for i in 0..<extraRows {
            let day = String(format: "%02d", i % 28 + 1)
            lines.append("1970\(String(format: "%02d", i % 12 + 1))\(day)1995\(String(format: "%02d", i % 12 + 1))1\(String(format: "%03d", i % 1000))"
                + ";Pegawai Nomor \(i) Dengan Nama Cukup Panjang;;;Unit \(i % 37);Jabatan \(i % 53);III/\(["a", "b", "c", "d"][i % 4]);-;;;;PNS;Aktif;;;Pria;")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every field an officer shows, resolved to its texts.
    static func fields(_ o: Officer) -> String {
        [o.nip.description, o.name, o.titleBefore, o.titleAfter, o.unit, o.position, o.grade, "\(o.candidacy)", o.party, o.district,
         "\(o.retirementAge)", "\(String(describing: o.retirementAgeRule))", "\(o.employment)", "\(String(describing: o.status))",
         o.statusText, o.sexText, o.election, "\(o.line)", "\(String(describing: o.recordedRetirementDate))",
         "\(String(describing: o.recordedBirthDate))"].joined(separator: "|")
    }

    static func describe(_ d: Diagnostic) -> String {
        [d.formatted(language: .en), d.formatted(language: .id), "\(String(describing: d.location.field))",
         "\(String(describing: d.location.heading))", "\(String(describing: d.location.cell))",
         "\(String(describing: d.skippedCandidate))", "\(String(describing: d.skippedRow))", "\(String(describing: d.skippedMatter))",
         "\(d.text.isTranslated)"].joined(separator: "|")
    }

    static func expectSame(_ a: FileReading<OfficerRoster>, _ b: FileReading<OfficerRoster>) {
        #expect(a.value?.officers.map(fields) == b.value?.officers.map(fields))
        #expect(a.diagnostics.map(describe) == b.diagnostics.map(describe))
        for officer in a.value?.officers ?? [] { #expect(b.value?[officer.nip].map(fields) == fields(officer)) }
    }

    static func body(_ reading: FileReading<OfficerRoster>) throws
        -> (bytes: [UInt8], length: UInt64, checksum: UInt64, layout: KeptRosterFormat.Layout) {
        var bytes: [UInt8] = []
        let result = try #require(try KeptRosterFormat.writeBody(reading) { bytes.append(contentsOf: $0) })
        return (bytes, result.length, result.checksum, result.layout)
    }

    @Test func aReadingReadsBackFieldForFieldWithItsProblems() throws {
        // In two pieces: two text pools, as a large file is read.
        let fresh = OfficerReader.read(Array(Self.rosterCSV(extraRows: 40).utf8), pieces: 2)
        // Four good rows of the eight, and 39 of the 40 made (the first has serial 000).
        #expect(fresh.value?.officers.count == 43)
        #expect(fresh.diagnostics.contains { $0.skippedCandidate != nil })
        #expect(fresh.diagnostics.contains { $0.skippedRow != nil })
        let body = try Self.body(fresh)
        #expect(body.bytes.count % 16 == 0 && UInt64(body.bytes.count) == body.length)
        let back = try body.bytes.withUnsafeBytes { try KeptRosterFormat.readBody($0, layout: body.layout) }
        Self.expectSame(fresh, back)
    }

    @Test func aReadingLargerThanOneChunkKeepsItsChecksum() throws {
        let fresh = OfficerReader.read(Array(Self.rosterCSV(extraRows: 20_000).utf8), pieces: 2)
        let body = try Self.body(fresh)
        #expect(body.bytes.count > 2 * ByteSink.chunk)
        var sum = KeptRosterFormat.checksumSeed
        body.bytes.withUnsafeBytes { KeptRosterFormat.checksum($0, into: &sum) }
        #expect(KeptRosterFormat.finalChecksum(sum, length: body.length) == body.checksum)
        let back = try body.bytes.withUnsafeBytes { try KeptRosterFormat.readBody($0, layout: body.layout) }
        #expect(back.value?.officers.count == fresh.value?.officers.count)
        #expect(back.value?.officers.last.map(Self.fields) == fresh.value?.officers.last.map(Self.fields))
    }

    @Test func aCutOrBentBodyIsRefusedNotTrapped() throws {
        let fresh = OfficerReader.read(Array(Self.rosterCSV(extraRows: 5).utf8))
        let written = try Self.body(fresh)
        let body = written.bytes, layout = written.layout
        // Cut anywhere: refused.
        for cut in stride(from: 0, to: body.count - 16, by: 7) {
            #expect(throws: KeptRosterFormat.Unusable.self) { try Array(body[..<cut]).withUnsafeBytes { try KeptRosterFormat.readBody($0, layout: layout) } }
        }
        // Sections moved: refused, not misread.
        var moved = layout
        moved.halves.1 += 1
        #expect(throws: KeptRosterFormat.Unusable.self) { try body.withUnsafeBytes { try KeptRosterFormat.readBody($0, layout: moved) } }
        // Any byte changed (checksums aside): a reading or a refusal, never a trap or a
        // text number out of its pool.
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            var bent = body
            bent[Int.random(in: 0..<bent.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            if let back = try? bent.withUnsafeBytes({ try KeptRosterFormat.readBody($0, layout: layout) }) {
                _ = back.value?.officers.map(Self.fields)
            }
        }
    }

    @Test func anIndexThatIsNotTheRowsOwnIsRefused() throws {
        let roster = try #require(OfficerReader.read(Array(Self.rosterCSV(extraRows: 5000).utf8)).value)
        let nips = roster.officers.map(\.nip.value)
        let table = roster.indexByNIP.table
        #expect(NIPIndex(keys: table.keys, positions: table.positions, nips: nips) != nil)
        // The same officers in the opposite order: the same NIPs at other positions.
        #expect(NIPIndex(keys: table.keys, positions: table.positions, nips: nips.reversed()) == nil)
        let filled = table.positions.indices.filter { table.positions[$0] >= 0 }
        // Two positions swapped; one slot pointing at its neighbour's officer.
        var swapped = table.positions
        swapped.swapAt(filled[0], filled[filled.count - 1])
        #expect(NIPIndex(keys: table.keys, positions: swapped, nips: nips) == nil)
        var twice = table.positions
        twice[filled[0]] = twice[filled[1]]
        #expect(NIPIndex(keys: table.keys, positions: twice, nips: nips) == nil)
        // A key moved one slot away from its run: a lookup would not reach it.
        var keys = table.keys, positions = table.positions
        let empty = try #require(positions.indices.first { positions[$0] < 0 && positions[($0 + 1) % positions.count] < 0 })
        let lone = (empty + 1) % positions.count
        let moved = filled[2]
        (keys[lone], positions[lone]) = (keys[moved], positions[moved])
        (keys[moved], positions[moved]) = (0, -1)
        #expect(NIPIndex(keys: keys, positions: positions, nips: nips) == nil)
        // A table of the wrong shape is no index at all.
        #expect(NIPIndex(keys: table.keys, positions: table.positions, nips: Array(nips.dropLast())) == nil)
        #expect(NIPIndex(keys: Array(table.keys.dropLast()), positions: Array(table.positions.dropLast()), nips: nips) == nil)
        var outOfRange = table.positions
        outOfRange[filled[1]] = Int32(nips.count)
        #expect(NIPIndex(keys: table.keys, positions: outOfRange, nips: nips) == nil)
    }

    @Test func aWriteCutShortByAnEndedProcessIsSweptAndAClosedScreenStopsItsOwn() throws {
        let place = try Place()
        try FileManager.default.createDirectory(at: place.state, withIntermediateDirectories: true)
        // Left by a process that is gone (no pid is this high), and being written by one
        // that runs (init's number: alive for as long as the machine is).
        let dead = ReplacedFile.temporaryFile(for: place.kept, process: 2_147_483_646)
        let running = ReplacedFile.temporaryFile(for: place.kept, process: 1)
        try Data(count: 100).write(to: dead)
        try Data(count: 100).write(to: running)
        let keeper = place.keeper()
        _ = place.read(with: keeper)
        #expect(!FileManager.default.fileExists(atPath: dead.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
        #expect(FileManager.default.fileExists(atPath: place.kept.path))
        // A stopped keeper keeps nothing more, and leaves no temporary file.
        try FileManager.default.removeItem(at: place.kept)
        keeper.stop()
        _ = place.read(with: keeper)
        #expect(!FileManager.default.fileExists(atPath: place.kept.path))
        let left = try FileManager.default.contentsOfDirectory(atPath: place.state.path).filter { $0.hasSuffix(".tmp") }
        #expect(left == [running.lastPathComponent])
    }

    @Test func aWriterThatGivesUpLeavesTheOldFileAndNoTemporary() throws {
        let place = try Place()
        try FileManager.default.createDirectory(at: place.state, withIntermediateDirectories: true)
        try Data("old".utf8).write(to: place.kept)
        struct GaveUp: Error {}
        #expect(throws: GaveUp.self) {
            try ReplacedFile.write(to: place.kept) { emit in
                Array("half of a new".utf8).withUnsafeBytes(emit)
                throw GaveUp()
            }
        }
        #expect(try Data(contentsOf: place.kept) == Data("old".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: place.state.path) == [place.kept.lastPathComponent])
        // A link planted at the temporary name is not written through.
        let elsewhere = place.state.appendingPathComponent("elsewhere")
        try FileManager.default.createSymbolicLink(at: ReplacedFile.temporaryFile(for: place.kept, process: getpid()),
                                                   withDestinationURL: elsewhere)
        #expect(throws: (any Error).self) { try ReplacedFile.write(to: place.kept) { emit in Array("new".utf8).withUnsafeBytes(emit) } }
        #expect(!FileManager.default.fileExists(atPath: elsewhere.path))
        #expect(try Data(contentsOf: place.kept) == Data("old".utf8))
    }

    // MARK: The keeper on disk

    final class Place {
        let data: URL
        let state: URL
        init() throws {
            let root = FileManager.default.temporaryDirectory.appendingPathComponent("netra-kept-\(UUID().uuidString)")
            data = root.appendingPathComponent("data")
            state = root.appendingPathComponent("state")
            try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
            try KeptRosterTests.rosterCSV(extraRows: 30).write(to: officers, atomically: false, encoding: .utf8)
        }
        deinit { try? FileManager.default.removeItem(at: data.deletingLastPathComponent()) }
        var officers: URL { data.appendingPathComponent("officers.csv") }
        var kept: URL { state.appendingPathComponent(KeptRoster.fileName) }
        static let build = FileIdentity(device: 1, inode: 2, size: 3, modified: 4, changed: 5)

        func keeper(build: FileIdentity = build, settling: Int64 = 0, clock: @escaping @Sendable () -> Int64 = KeptRoster.nanosecondsNow) -> KeptRoster {
            KeptRoster(file: kept, build: build, smallest: 0, settling: settling, clock: clock)
        }
        func version() throws -> FileIdentity { try SafeFile.identity(of: officers.path, inside: data.path) }

        /// Reads the roster through `keeper` and waits for it to be kept.
        func read(with keeper: KeptRoster) -> FileOutcome {
            let outcome = DataFolder.read(.officers, from: FolderFiles(folder: data, keeper: keeper))
            keeper.writePending()
            keeper.waitUntilWritten()
            return outcome
        }
    }

    static func reading(_ outcome: FileOutcome) -> FileReading<OfficerRoster> {
        guard case .officers(let roster)? = outcome.records else { return FileReading(value: nil, diagnostics: outcome.diagnostics) }
        return FileReading(value: roster, diagnostics: outcome.diagnostics)
    }

    @Test func anUnchangedFileIsReadBackAsItWasParsed() throws {
        let place = try Place()
        let keeper = place.keeper()
        // Nothing is written until the reader says it is idle (`writePending`).
        _ = DataFolder.read(.officers, from: FolderFiles(folder: place.data, keeper: keeper))
        keeper.waitUntilWritten()
        #expect(!FileManager.default.fileExists(atPath: place.kept.path))
        let fresh = place.read(with: keeper)
        #expect(FileManager.default.fileExists(atPath: place.kept.path))
        let attributes = try FileManager.default.attributesOfItem(atPath: place.kept.path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let kept = try #require(keeper.reading(for: try place.version()))
        Self.expectSame(Self.reading(fresh), kept)
        // The folder's reading through the keeper is the kept one, and reads the same.
        let again = place.read(with: keeper)
        Self.expectSame(Self.reading(fresh), Self.reading(again))
        #expect(again.diagnostics.map(Self.describe) == DataFolder.read(.officers, from: FolderFiles(folder: place.data)).diagnostics.map(Self.describe))
    }

    @Test func aChangedFileOrAnotherBuildIsReadAfresh() throws {
        let place = try Place()
        let keeper = place.keeper()
        _ = place.read(with: keeper)
        #expect(keeper.reading(for: try place.version()) != nil)
        // Another Netra binary: not its reading to use.
        #expect(place.keeper(build: FileIdentity(device: 1, inode: 2, size: 3, modified: 4, changed: 6)).reading(for: try place.version()) == nil)
        // The same size, one name changed in place: a new version.
        var text = try String(contentsOf: place.officers, encoding: .utf8)
        text = text.replacingOccurrences(of: "Siti Aminah", with: "Siti Amirah")
        try text.write(to: place.officers, atomically: false, encoding: .utf8)
        #expect(keeper.reading(for: try place.version()) == nil)
        let outcome = place.read(with: keeper)
        #expect(Self.reading(outcome).value?.officers.contains { $0.name == "Siti Amirah" } == true)
        // …and that version is kept in turn.
        #expect(keeper.reading(for: try place.version())?.value?.officers.contains { $0.name == "Siti Amirah" } == true)
    }

    @Test func aFileChangedMomentsBeforeItWasReadIsNotKept() throws {
        let place = try Place()
        // Read at once after writing: within the settling time, so perhaps not its last write.
        _ = place.read(with: place.keeper(settling: 2_000_000_000))
        #expect(!FileManager.default.fileExists(atPath: place.kept.path))
        // Read a minute later (the clock says): kept.
        let later: @Sendable () -> Int64 = { KeptRoster.nanosecondsNow() + 60_000_000_000 }
        _ = place.read(with: place.keeper(settling: 2_000_000_000, clock: later))
        #expect(FileManager.default.fileExists(atPath: place.kept.path))
    }

    @Test func aDamagedOrForeignKeptFileIsAMiss() throws {
        let place = try Place()
        let keeper = place.keeper()
        _ = place.read(with: keeper)
        let good = try Data(contentsOf: place.kept)
        let version = try place.version()
        // One body byte flipped: the checksum refuses it.
        var bent = good
        bent[good.count / 2] ^= 0x20
        try bent.write(to: place.kept)
        #expect(keeper.reading(for: version) == nil)
        // Cut short, or grown.
        try good.prefix(good.count - 16).write(to: place.kept)
        #expect(keeper.reading(for: version) == nil)
        try (good + Data(count: 16)).write(to: place.kept)
        #expect(keeper.reading(for: version) == nil)
        // A link where the kept file should be is not followed.
        try FileManager.default.removeItem(at: place.kept)
        let elsewhere = place.state.appendingPathComponent("elsewhere")
        try good.write(to: elsewhere)
        try FileManager.default.createSymbolicLink(at: place.kept, withDestinationURL: elsewhere)
        #expect(keeper.reading(for: version) == nil)
        // The good bytes again: used.
        try FileManager.default.removeItem(at: place.kept)
        try good.write(to: place.kept)
        #expect(keeper.reading(for: version) != nil)
    }

    @Test func aRosterLinkedOutOfTheFolderIsRefusedEvenWhenKept() throws {
        let place = try Place()
        let keeper = place.keeper()
        _ = place.read(with: keeper)
        // The same file, now reached through a link leading out of the folder.
        let outside = place.data.deletingLastPathComponent().appendingPathComponent("outside.csv")
        try FileManager.default.moveItem(at: place.officers, to: outside)
        try FileManager.default.createSymbolicLink(at: place.officers, withDestinationURL: outside)
        let outcome = DataFolder.read(.officers, from: FolderFiles(folder: place.data, keeper: keeper))
        #expect(outcome.isBroken)
        #expect(outcome.diagnostics.first?.message.contains("outside") == true)
    }
}

import Foundation

/// The bytes of a kept roster reading (`KeptRoster`): the reading itself, then a trailer
/// naming which Netra and which version of `officers.csv` it belongs to.
///
/// Hand-written rather than `Codable`: the format is flat (a million rows of fixed fields
/// and one name each), and written in 1 MB chunks so that keeping a million officers
/// never holds a second copy of them in memory (the dashboard's peak at 1M is within
/// 25 MB of its bound). Everything read back is checked — lengths, counts, enum cases,
/// text numbers, a checksum of the whole — since a file on disk is not trusted: a bad
/// one is a miss, never a crash or a wrong figure.
///
///     body     text pools · officers, in two halves · the reading's diagnostics ·
///              the NIP index's table (padded to 16 bytes)
///     trailer  magic "NETRAKR1", version, the Netra binary's and the roster file's
///              identities, the body's length and checksum, where its sections start
///              and how many officers each half holds (156 bytes, little-endian)
///
/// The trailer comes last because it is known last (the file is streamed through
/// `ReplacedFile`); a file cut short or grown has no trailer where one is looked for.
///
/// The index's table is written as it lies in memory, in the host's byte order: a kept
/// file never leaves the machine that wrote it (the binary's identity is in its key).
///
/// The officers are written in two halves, each found by the trailer, so that reading
/// them back runs on two cores (a million: ≈125 ms on one).
enum KeptRosterFormat {
    static let magic = Array("NETRAKR1".utf8)
    static let version: UInt32 = 1
    static let trailerSize = 8 + 4 + 40 + 40 + 8 + 8 + 48

    /// What a kept reading belongs to: the binary that wrote it and the file it read.
    struct Key: Equatable {
        var build: FileIdentity
        var file: FileIdentity
    }

    struct Trailer: Equatable {
        var key: Key
        var bodyLength: UInt64
        var checksum: UInt64
        var layout: Layout
    }

    /// Where the body's sections start (offsets into the body) and each half's officers.
    struct Layout: Equatable {
        var halves: (UInt64, UInt64) = (0, 0)
        var diagnostics: UInt64 = 0
        var index: UInt64 = 0
        var counts: (UInt64, UInt64) = (0, 0)

        static func == (a: Layout, b: Layout) -> Bool {
            a.halves == b.halves && a.diagnostics == b.diagnostics && a.index == b.index && a.counts == b.counts
        }

        /// The sections in order, each within the body.
        func fits(_ length: UInt64) -> Bool {
            halves.0 <= halves.1 && halves.1 <= diagnostics && diagnostics <= index && index <= length
        }
    }

    /// Why a kept file cannot be used (it is then read afresh and replaced).
    struct Unusable: Error {
        let why: String
    }

    // MARK: Trailer

    static func trailerBytes(_ trailer: Trailer) -> [UInt8] {
        var out = ByteSink()
        out.bytes(magic)
        out.u32(version)
        for identity in [trailer.key.build, trailer.key.file] {
            out.u64(identity.device)
            out.u64(identity.inode)
            out.i64(identity.size)
            out.i64(identity.modified)
            out.i64(identity.changed)
        }
        out.u64(trailer.bodyLength)
        out.u64(trailer.checksum)
        let layout = trailer.layout
        for number in [layout.halves.0, layout.halves.1, layout.diagnostics, layout.index, layout.counts.0, layout.counts.1] { out.u64(number) }
        return out.buffer
    }

    static func trailer(_ bytes: UnsafeRawBufferPointer) throws(Unusable) -> Trailer {
        var input = ByteSource(bytes)
        guard bytes.count >= trailerSize, Array(try input.bytes(8)) == magic else { throw Unusable(why: "not a kept reading") }
        guard try input.u32() == version else { throw Unusable(why: "another format version") }
        func identity() throws(Unusable) -> FileIdentity {
            FileIdentity(device: try input.u64(), inode: try input.u64(), size: try input.i64(),
                         modified: try input.i64(), changed: try input.i64())
        }
        let key = Key(build: try identity(), file: try identity())
        let length = try input.u64(), checksum = try input.u64()
        let layout = Layout(halves: (try input.u64(), try input.u64()), diagnostics: try input.u64(), index: try input.u64(),
                            counts: (try input.u64(), try input.u64()))
        guard layout.fits(length) else { throw Unusable(why: "sections") }
        return Trailer(key: key, bodyLength: length, checksum: checksum, layout: layout)
    }

    // MARK: Body

    /// Writes the body to `write` in chunks; its length, checksum and layout. `nil` when
    /// the roster holds what a reading never does (a candidate's record merged in).
    static func writeBody(_ reading: FileReading<OfficerRoster>, to write: (UnsafeRawBufferPointer) throws -> Void) throws
        -> (length: UInt64, checksum: UInt64, layout: Layout)? {
        try withoutActuallyEscaping(write) { write in try writeBody(reading, into: ByteSink(flushingTo: write)) }
    }

    private static func writeBody(_ reading: FileReading<OfficerRoster>, into sink: ByteSink) throws
        -> (length: UInt64, checksum: UInt64, layout: Layout)? {
        guard let roster = reading.value else { return nil }
        var out = sink
        // Pools first (a handful: one per piece the file was read in), found in one pass.
        var pools: [TextPool] = []
        var poolIndex: [ObjectIdentifier: UInt16] = [:]
        for officer in roster.officers {
            guard let texts = officer.stored?.texts else { return nil }
            let id = ObjectIdentifier(texts)
            if poolIndex[id] == nil {
                guard pools.count < Int(UInt16.max) else { return nil }
                poolIndex[id] = UInt16(pools.count)
                pools.append(texts)
            }
        }
        out.u32(UInt32(pools.count))
        for pool in pools {
            let texts = pool.texts
            out.u32(UInt32(texts.count))
            for text in texts { out.string(text) }
            try out.flushIfFull()
        }
        var layout = Layout()
        let officers = roster.officers
        let half = officers.count / 2
        layout.counts = (UInt64(half), UInt64(officers.count - half))
        // An empty half starts where the next section does.
        layout.halves = (out.position, out.position)
        var lastPool: (ObjectIdentifier, UInt16)?
        let candidacies = Array(Candidacy.allCases), rules = Array(RetirementAge.Rule.allCases)
        let employments = Array(Employment.allCases), statuses = Array(LegalStatus.allCases)
        for i in officers.indices {
            if i == half { layout.halves.1 = out.position }
            guard let (o, texts) = officers[i].stored else { return nil }
            let id = ObjectIdentifier(texts)
            let pool: UInt16
            if let lastPool, lastPool.0 == id { pool = lastPool.1 } else { pool = poolIndex[id]!; lastPool = (id, pool) }
            out.u64(o.nip)
            out.u16(pool)
            out.u8(UInt8(candidacies.firstIndex(of: o.candidacy)!))
            out.u8(o.retirementAgeRule.map { UInt8(rules.firstIndex(of: $0)! + 1) } ?? 0)
            out.u8(UInt8(employments.firstIndex(of: o.employment)!))
            out.u8(o.status.map { UInt8(statuses.firstIndex(of: $0)! + 1) } ?? 0)
            out.u32(o.unit); out.u32(o.position); out.u32(o.grade); out.u32(o.party); out.u32(o.district)
            out.u32(o.election); out.u32(o.titleBefore); out.u32(o.titleAfter); out.u32(o.statusText); out.u32(o.sexText)
            out.i32(o.line)
            out.i32(o.retirementDay)
            out.i32(o.birthDay)
            out.u8(o.age)
            out.string(o.name)
            try out.flushIfFull()
        }
        layout.diagnostics = out.position
        out.u32(UInt32(reading.diagnostics.count))
        for diagnostic in reading.diagnostics {
            try DiagnosticCoding.write(diagnostic, to: &out)
            try out.flushIfFull()
        }
        layout.index = out.position
        let table = roster.indexByNIP.table
        out.u64(UInt64(table.keys.count))
        try table.keys.withUnsafeBytes { try out.raw($0) }
        try table.positions.withUnsafeBytes { try out.raw($0) }
        let (length, checksum) = try out.finish()
        return (length, checksum, layout)
    }

    /// The reading in `body` (already checked against its checksum), its two halves of
    /// officers read at once.
    static func readBody(_ body: UnsafeRawBufferPointer, layout: Layout) throws(Unusable) -> FileReading<OfficerRoster> {
        guard layout.fits(UInt64(body.count)) else { throw Unusable(why: "sections") }
        func section(_ from: UInt64, _ to: UInt64) -> UnsafeRawBufferPointer {
            UnsafeRawBufferPointer(rebasing: body[Int(from)..<Int(to)])
        }
        var input = ByteSource(section(0, layout.halves.0))
        let poolCount = Int(try input.u32())
        guard poolCount <= Int(UInt16.max) else { throw Unusable(why: "pools") }
        var pools: [TextPool] = []
        for _ in 0..<poolCount {
            let count = Int(try input.u32())
            // Every text has at least its 4-byte length.
            guard count <= input.remaining / 4 else { throw Unusable(why: "pool size") }
            var texts: [String] = []
            texts.reserveCapacity(count)
            for _ in 0..<count { texts.append(try input.string()) }
            guard let pool = TextPool(restoring: texts) else { throw Unusable(why: "pool texts") }
            pools.append(pool)
        }
        guard input.remaining == 0 else { throw Unusable(why: "pools' end") }

        let parts = [section(layout.halves.0, layout.halves.1), section(layout.halves.1, layout.diagnostics)]
        let counts = [Int(clamping: layout.counts.0), Int(clamping: layout.counts.1)]
        // The smallest record: NIP 8, pool 2, four cases 4, ten texts 40, three numbers
        // 12, age 1, the name's length 4.
        guard counts[0] <= parts[0].count / 71, counts[1] <= parts[1].count / 71 else { throw Unusable(why: "officer count") }
        // Each half made where it will stay, one thread each: appending the second half
        // to the first copied half a million officers and released them again (≈40 ms).
        var failures: [Unusable?] = [nil, nil]
        // Each officer's NIP beside it, for checking the index kept with them.
        var nips = [UInt64](repeating: 0, count: counts[0] + counts[1])
        let all = nips.withUnsafeMutableBufferPointer { nips in [Officer](unsafeUninitializedCapacity: counts[0] + counts[1]) { buffer, made in
            var done = [0, 0]
            done.withUnsafeMutableBufferPointer { done in
                failures.withUnsafeMutableBufferPointer { failures in
                    Parallel.forEach(2) { k in
                        let offset = k == 0 ? 0 : counts[0]
                        do throws(Unusable) {
                            try officers(parts[k], count: counts[k], pools: pools, into: buffer.baseAddress! + offset,
                                         nips: nips.baseAddress! + offset, made: &done[k])
                        } catch {
                            failures[k] = error
                        }
                    }
                }
            }
            if failures[0] == nil && failures[1] == nil {
                made = counts[0] + counts[1]
            } else {
                buffer.baseAddress!.deinitialize(count: done[0])
                (buffer.baseAddress! + counts[0]).deinitialize(count: done[1])
                made = 0
            }
        } }
        if let failure = failures[0] ?? failures[1] { throw failure }

        input = ByteSource(section(layout.diagnostics, layout.index))
        let diagnosticCount = Int(try input.u32())
        // Every diagnostic has at least 19 bytes (`DiagnosticCoding`).
        guard diagnosticCount <= input.remaining / 19 else { throw Unusable(why: "diagnostic count") }
        var diagnostics: [Diagnostic] = []
        diagnostics.reserveCapacity(diagnosticCount)
        for _ in 0..<diagnosticCount { diagnostics.append(try DiagnosticCoding.read(from: &input)) }
        guard input.remaining == 0 else { throw Unusable(why: "diagnostics' end") }

        input = ByteSource(section(layout.index, UInt64(body.count)))
        let size = Int(clamping: try input.u64())
        let keys = try input.numbers(UInt64.self, count: size)
        let positions = try input.numbers(Int32.self, count: size)
        guard input.remaining < 16, input.restIsZero else { throw Unusable(why: "trailing bytes") }
        guard let index = NIPIndex(keys: keys, positions: positions, nips: nips) else { throw Unusable(why: "NIP index") }
        let roster = OfficerRoster(officers: all, checkedIndex: index)
        return FileReading(value: roster, diagnostics: diagnostics)
    }

    /// `count` officers from `bytes`, which they fill exactly, made at `start`;
    /// `made` counts those made so far (the caller unmakes them on a failure).
    private static func officers(_ bytes: UnsafeRawBufferPointer, count: Int, pools: [TextPool],
                                 into start: UnsafeMutablePointer<Officer>, nips: UnsafeMutablePointer<UInt64>,
                                 made: inout Int) throws(Unusable) {
        var input = ByteSource(bytes)
        let poolSizes = pools.map { UInt32($0.size) }
        let candidacies = Array(Candidacy.allCases), rules = Array(RetirementAge.Rule.allCases)
        let employments = Array(Employment.allCases), statuses = Array(LegalStatus.allCases)
        for i in 0..<count {
            let nip = try input.u64()
            nips[i] = nip
            let pool = Int(try input.u16())
            guard pool < pools.count else { throw Unusable(why: "pool number") }
            let candidacy = try input.choice(candidacies)
            let rule = try input.optionalChoice(rules)
            let employment = try input.choice(employments)
            let status = try input.optionalChoice(statuses)
            let limit = poolSizes[pool]
            func text() throws(Unusable) -> UInt32 {
                let id = try input.u32()
                guard id < limit else { throw Unusable(why: "text number") }
                return id
            }
            let ids = (try text(), try text(), try text(), try text(), try text(), try text(), try text(), try text(), try text(), try text())
            let line = try input.i32()
            let retirementDay = try input.i32()
            let birthDay = try input.i32()
            let age = try input.u8()
            let name = try input.string()
            let stored = Officer.Stored(nip: nip, name: name, candidacy: candidacy, retirementAgeRule: rule, employment: employment,
                                        status: status, unit: ids.0, position: ids.1, grade: ids.2, party: ids.3, district: ids.4,
                                        election: ids.5, titleBefore: ids.6, titleAfter: ids.7, statusText: ids.8, sexText: ids.9,
                                        line: line, retirementDay: retirementDay, birthDay: birthDay, age: age)
            (start + i).initialize(to: Officer(stored: stored, texts: pools[pool]))
            made = i + 1
        }
        guard input.remaining == 0 else { throw Unusable(why: "officers' end") }
    }

    /// The body's checksum: two lanes of 64-bit words (the body is written and padded in
    /// multiples of 16 bytes), each mixed by a multiply. For a torn or damaged file, not for an adversary — the
    /// state folder is the user's own (0700).
    static func checksum(_ words: UnsafeRawBufferPointer, into state: inout (UInt64, UInt64)) {
        precondition(words.count % 16 == 0)
        var (a, b) = state
        var i = 0
        let n = words.count
        while i + 16 <= n {
            a = (a ^ words.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x100_0000_01b3
            b = (b ^ words.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            i += 16
        }
        state = (a, b)
    }

    static let checksumSeed: (UInt64, UInt64) = (0xcbf2_9ce4_8422_2325, 0x84222325cbf29ce4)

    static func finalChecksum(_ state: (UInt64, UInt64), length: UInt64) -> UInt64 {
        state.0 ^ (state.1 << 31 | state.1 >> 33) ^ length
    }
}

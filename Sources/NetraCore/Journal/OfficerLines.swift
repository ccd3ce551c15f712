import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The officers' part of the journal's recorded state, as one line per officer in NIP
/// order: the NIP, the candidacy, the name. Compared by walking two sorted arrays side
/// by side (a merge), never through dictionaries: at a million officers two dictionaries
/// of string keys held ≈640 MB and took seconds, where these arrays hold ≈40 MB each.
///
/// Stored as `officers.tsv` in the summary's own line format (`officer:<nip> TAB state
/// TAB name`), so a summary written whole by an earlier Netra reads the same.
struct OfficerLines: Equatable {
    struct Line: Equatable {
        let nip: UInt64
        let state: String
        let label: String
    }

    /// Where the lines are: kept as lines (read back from the file), or the roster itself
    /// in NIP order, each line made when it is read. A million lines copied out of the
    /// roster were 40 MB at the dashboard's busiest moment (the journal's first record,
    /// and every roster change), for a comparison that reads each once.
    private enum Source {
        case lines([Line])
        case roster(OfficerRoster, order: [Int32])
    }
    private let source: Source

    init(lines: consuming [Line]) {
        // Sorted where it lies: `sorted` made a second array of a million lines (40 MB).
        var lines = lines
        lines.sort { $0.nip < $1.nip }
        source = .lines(lines)
    }

    /// The roster's officers, by NIP (an order of 4 bytes per officer, no copy of them).
    init(_ roster: OfficerRoster) {
        let officers = roster.officers
        var order = [Int32](0..<Int32(officers.count))
        order.sort { officers[Int($0)].nip.value < officers[Int($1)].nip.value }
        source = .roster(roster, order: order)
    }

    var count: Int {
        switch source {
        case .lines(let lines): lines.count
        case .roster(_, let order): order.count
        }
    }

    /// The `i`-th line in NIP order.
    subscript(i: Int) -> Line {
        switch source {
        case .lines(let lines): return lines[i]
        case .roster(let roster, let order):
            let officer = roster.officers[Int(order[i])]
            return Line(nip: officer.nip.value, state: officer.candidacy.canonicalName, label: officer.name)
        }
    }

    /// The `i`-th line's NIP alone (the merge compares these first).
    func nip(at i: Int) -> UInt64 {
        switch source {
        case .lines(let lines): lines[i].nip
        case .roster(let roster, let order): roster.officers[Int(order[i])].nip.value
        }
    }

    /// Every line, made whole (for tests and small rosters).
    var lines: [Line] { (0..<count).map { self[$0] } }

    static func == (a: OfficerLines, b: OfficerLines) -> Bool { a.lines == b.lines }

    /// The officers' entries of a summary written whole (`officer:<nip>` keys).
    init(entries: [String: JournalSummary.Entry]) {
        self.init(lines: entries.compactMap { key, entry in
            Self.nip(inKey: Substring(key)).map { Line(nip: $0, state: entry.state, label: entry.label) }
        })
    }

    static let prefix = "officer:"

    static func nip(inKey key: Substring) -> UInt64? {
        guard key.hasPrefix(prefix) else { return nil }
        return UInt64(key.dropFirst(prefix.count))
    }

    /// Reads `fileData()` back (`nil`: not such a file), line by line into the list:
    /// going through a summary's dictionary held a million string keys at once.
    static func parse(_ data: Data) -> OfficerLines? {
        let header = Array(JournalSummary.fileHeader.utf8) + [10]
        let prefix = Array(Self.prefix.utf8)
        return data.withUnsafeBytes { raw -> OfficerLines? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard bytes.starts(with: header) else { return nil }
            var lines: [Line] = []
            var start = header.count
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                // `officer:<nip> TAB state TAB name`; anything else is skipped.
                guard line.starts(with: prefix), let t1 = line.firstIndex(of: 9),
                      let t2 = line[(t1 + 1)...].firstIndex(of: 9) else { continue }
                var nip: UInt64 = 0
                var digits = 0
                for byte in line[prefix.count..<t1] {
                    guard (48...57).contains(byte), digits < 19 else { digits = 0; break }
                    nip = nip * 10 + UInt64(byte - 48)
                    digits += 1
                }
                guard digits > 0 else { continue }
                func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: line[r]), as: UTF8.self) }
                lines.append(Line(nip: nip, state: text((t1 + 1)..<t2), label: text((t2 + 1)..<line.count)))
            }
            return OfficerLines(lines: lines)
        }
    }

    /// The file: the summary's header, then a line per officer.
    func fileData() -> Data {
        var out = Data()
        writeChunks { out.append(contentsOf: $0) }
        return out
    }

    /// Writes the file to `url` in place of the old one, a megabyte at a time: at a
    /// million officers the whole file held in memory, and then copied into a `Data`,
    /// cost ≈100 MB at the dashboard's busiest moment.
    func write(to url: URL) throws {
        try ReplacedFile.write(to: url) { emit in writeChunks { $0.withUnsafeBytes(emit) } }
    }

    /// The file's bytes, handed over about a megabyte at a time.
    private func writeChunks(_ emit: ([UInt8]) -> Void) {
        ReplacedFile.lines(header: JournalSummary.fileHeader, count: count, line: { i, out in
            let line = self[i]
            out.append(contentsOf: Self.prefix.utf8)
            out.append(contentsOf: String(line.nip).utf8)
            return (line.state, line.label)
        }, emit: emit)
    }

    func events(since old: OfficerLines, at now: Date) -> [JournalEvent] {
        var events: [JournalEvent] = []
        func event(_ kind: JournalEvent.Kind, _ nip: UInt64, _ label: String, from: String?, to: String?) {
            events.append(JournalEvent(at: now, kind: kind, key: Self.prefix + String(nip), label: label, from: from, to: to,
                                       nip: String(nip)))
        }
        var i = 0, j = 0
        let a = old, b = self
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a.nip(at: i) < b.nip(at: j)) {
                let gone = a[i]
                event(.officerLeft, gone.nip, gone.label, from: gone.state, to: nil)
                i += 1
            } else if i == a.count || b.nip(at: j) < a.nip(at: i) {
                let added = b[j]
                event(.officerAdded, added.nip, added.label, from: nil, to: added.state)
                j += 1
            } else {
                let before = a[i], after = b[j]
                if before.state != after.state { event(.candidacyChanged, after.nip, after.label, from: before.state, to: after.state) }
                i += 1
                j += 1
            }
        }
        return events
    }
}

import Foundation

/// What the journal remembers of the last reading: one line per followed row, its key,
/// its state and a label — not the dataset. The next reading is compared with it
/// (`JournalDiff`), and it is kept beside the journal as `summary.tsv`.
///
/// Keys (the prefix says what the row is): `request:<nip>:<kind>:<filed on>` (the
/// processing stage), `retirement:<nip>` (`due`, `overdue`), `case:<id>` (the case's
/// stage), `circular:<id>|<unit>` (how far the unit has come), `alert:<kind>|<subject>`
/// (the severity). The officers (`officer:<nip>`, state: the candidacy) are kept apart
/// as `OfficerLines` and stand here as the roster's fingerprint; a summary written
/// whole by an earlier Netra holds them among its entries.
public struct JournalSummary: Sendable, Equatable {
    /// A row's state and how a person names it.
    public struct Entry: Sendable, Equatable {
        public var state: String
        public var label: String
        public init(state: String, label: String) {
            self.state = state
            self.label = label
        }
    }

    public var entries: [String: Entry]
    /// A fingerprint of the roster (each officer's NIP, candidacy and name) when the
    /// officers' own entries are kept apart (`officers.tsv`, `JournalStore`): a reading
    /// whose roster has the same fingerprint has no officer events, and a million
    /// officers' entries are then neither built, read nor written. `nil`: the entries
    /// hold the officers too.
    public var rosterFingerprint: UInt64?

    public init(entries: [String: Entry] = [:], rosterFingerprint: UInt64? = nil) {
        self.entries = entries
        self.rosterFingerprint = rosterFingerprint
    }

    /// The summary of a derived situation, the officers by the roster's fingerprint
    /// (their lines are `OfficerLines`, kept in `officers.tsv`).
    public init(dataset: Dataset, situation: Situation) {
        var e: [String: Entry] = [:]
        e.reserveCapacity(situation.alerts.count + dataset.cases.count + dataset.requests.count)
        let roster = dataset.roster
        func name(_ nip: NIP) -> String { roster[nip]?.name ?? nip.description }
        rosterFingerprint = Self.fingerprint(dataset.roster)
        for request in dataset.requests {
            e[Self.requestKey(request)] = Entry(state: request.stage.canonicalName, label: name(request.nip))
        }
        for age in situation.ageRetirements where age.isPending {
            e["retirement:\(age.officer.nip)"] = Entry(state: age.isPast ? "overdue" : "due", label: age.officer.name)
        }
        for state in situation.cases {
            let who = state.officer.map { " — \($0.name)" } ?? ""
            e["case:\(state.item.id)"] = Entry(state: state.stage.rawValue, label: state.item.id + who)
        }
        let units = situation.circulars.directory.units
        for entry in situation.circulars.entries {
            for unit in entry.units where unit.progress != .none {
                let unitName = units.indices.contains(unit.unit) ? units[unit.unit].name : String(unit.unit)
                e["circular:\(entry.circular.id)|\(unitName)"] = Entry(state: Self.progressName(unit.progress),
                                                                      label: "\(entry.circular.id) · \(unitName)")
            }
        }
        for alert in situation.alerts {
            e[Self.alertKey(alert)] = Entry(state: alert.severity.name, label: Self.alertLabel(alert, roster: roster))
        }
        entries = e
    }

    /// FNV-1a over every officer's NIP, candidacy and name, in roster order: what the
    /// officers' entries say, in 8 bytes (a changed order only costs a full comparison).
    public static func fingerprint(_ roster: OfficerRoster) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func mix(_ byte: UInt8) { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let officers = roster.officers
        for i in officers.indices {
            var nip = officers[i].nip.value
            for _ in 0..<8 { mix(UInt8(truncatingIfNeeded: nip)); nip >>= 8 }
            for byte in officers[i].candidacy.canonicalName.utf8 { mix(byte) }
            for byte in officers[i].name.utf8 { mix(byte) }
            mix(0)
        }
        return hash
    }

    static func requestKey(_ r: RetirementRequest) -> String { "request:\(r.nip):\(r.kind.canonicalName):\(r.filedOn)" }

    /// An alert's identity across readings: its kind and what it is about (never its
    /// countdown or day count, which change by themselves).
    public static func alertKey(_ a: Alert) -> String {
        "alert:\(a.kind.rawValue)|\(a.nip?.description ?? "")|\(a.caseID ?? "")|\(a.circularID ?? "")|\(a.election ?? "")"
    }

    static func alertLabel(_ a: Alert, roster: OfficerRoster) -> String {
        if let caseID = a.caseID { return caseID }
        if let nip = a.nip { return roster[nip]?.name ?? nip.description }
        return a.circularID ?? a.election ?? ""
    }

    static func progressName(_ p: CircularLedger.Progress) -> String {
        switch p {
        case .none: "none"
        case .received: "received"
        case .passedOn: "passed_on"
        case .partlySigned: "partly_signed"
        case .done: "done"
        }
    }

    // MARK: - The file

    private static let header = "netra-journal-summary 1"
    /// The first line of a summary written whole, and of `officers.tsv`.
    static var fileHeader: String { header }
    /// The header of a summary kept without its officers, followed by the fingerprint.
    private static let splitHeader = "netra-journal-summary 2 "

    /// `summary.tsv`: a header line, then `key TAB state TAB label` per row, sorted
    /// (by bytes: a million officers' keys sorted as `String`s cost seconds).
    public func fileText() -> String {
        var out: [UInt8] = []
        writeChunks { out.append(contentsOf: $0) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The file's bytes, handed over about a megabyte at a time (`ReplacedFile`). The
    /// keys are sorted as they lie, by their UTF-8 bytes, with no copy of them made.
    func writeChunks(_ emit: ([UInt8]) -> Void) {
        let header = rosterFingerprint.map { Self.splitHeader + String($0, radix: 16) + " " + String(contentHash, radix: 16) } ?? Self.header
        let keys = entries.keys.sorted(by: Self.bytesPrecede)
        ReplacedFile.lines(header: header, count: keys.count, line: { i, out in
            out.append(contentsOf: Self.clean(keys[i]).utf8)
            let entry = entries[keys[i]]!
            return (entry.state, entry.label)
        }, emit: emit)
    }

    /// Whether `a`'s UTF-8 bytes sort before `b`'s (`memcmp` on the strings' own storage).
    static func bytesPrecede(_ a: String, _ b: String) -> Bool {
        let compared = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y -> Bool in
                let n = min(x.count, y.count)
                let c = n == 0 ? 0 : memcmp(x.baseAddress!, y.baseAddress!, n)
                return c != 0 ? c < 0 : x.count < y.count
            }
        }
        return (compared ?? nil) ?? a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// What a summary's first line says: the roster's fingerprint and, since session 4,
    /// the hash of its entries (`contentHash`), so a reading that changed nothing is
    /// told by one line instead of parsing and comparing the whole file (at 1M officers
    /// ≈200k entries: 0.6 s of `netra check` and 70 MB for nothing).
    public struct Head: Equatable, Sendable {
        public let rosterFingerprint: UInt64
        public let contentHash: UInt64?

        /// The first line of a split summary; `nil` for any other line.
        init?(line: String) {
            guard line.hasPrefix(JournalSummary.splitHeader) else { return nil }
            let fields = line.dropFirst(JournalSummary.splitHeader.count).split(separator: " ", omittingEmptySubsequences: false)
            guard (1...2).contains(fields.count), let fingerprint = UInt64(fields[0], radix: 16) else { return nil }
            rosterFingerprint = fingerprint
            if fields.count == 2 {
                guard let hash = UInt64(fields[1], radix: 16) else { return nil }
                contentHash = hash
            } else {
                contentHash = nil  // written before the hash was kept
            }
        }

        /// The first line of `data`, if it is a split summary's.
        public init?(fileStart data: Data) {
            let end = data.firstIndex(of: 10) ?? data.endIndex
            guard end - data.startIndex <= 128 else { return nil }
            self.init(line: String(decoding: data[data.startIndex..<end], as: UTF8.self))
        }
    }

    /// Whether a summary whose first line is `head` holds exactly these entries (the same
    /// roster, the same entries by hash).
    public func isRecorded(as head: Head?) -> Bool {
        guard let head, let fingerprint = rosterFingerprint, head.contentHash != nil else { return false }
        return head.rosterFingerprint == fingerprint && head.contentHash == contentHash
    }

    /// A hash of the entries that does not depend on their order (each entry's FNV-1a,
    /// mixed, then summed), of the text `fileText` writes for them.
    public var contentHash: UInt64 {
        var sum: UInt64 = 0
        for (key, entry) in entries {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            func mix(_ text: String) {
                for byte in Self.clean(text).utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
                hash = (hash ^ 9) &* 0x100_0000_01b3
            }
            mix(key)
            mix(entry.state)
            mix(entry.label)
            // splitmix64's finaliser: a sum of plain FNV values would let changes cancel.
            hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
            hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
            sum = sum &+ (hash ^ (hash >> 31))
        }
        return sum
    }

    /// Reads `fileText()` back; `nil` for a file that is not one (another version,
    /// garbage): the next reading then starts a new baseline. Read as bytes, split at
    /// LF and TAB: splitting the text by characters was most of `netra check`'s time.
    public static func parse(_ text: String) -> JournalSummary? {
        var text = text
        return text.withUTF8 { bytes -> JournalSummary? in
            let firstEnd = bytes.firstIndex(of: 10) ?? bytes.count
            let first = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<firstEnd]), as: UTF8.self)
            var fingerprint: UInt64?
            if first.hasPrefix(Self.splitHeader) {
                guard let head = Head(line: first) else { return nil }
                fingerprint = head.rosterFingerprint
            } else if first != Self.header {
                return nil
            }
            var entries: [String: Entry] = [:]
            var start = firstEnd
            while start < bytes.count {
                let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
                let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                guard let t1 = line.firstIndex(of: 9) else { continue }
                guard let t2 = line[(t1 + 1)...].firstIndex(of: 9) else { continue }
                func text(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: line[r]), as: UTF8.self) }
                entries[text(0..<t1)] = Entry(state: text((t1 + 1)..<t2), label: text((t2 + 1)..<line.count))
            }
            return JournalSummary(entries: entries, rosterFingerprint: fingerprint)
        }
    }

    /// Tabs and line breaks would break the line format; names never need them.
    static func clean(_ s: String) -> String {
        // Plain ASCII without control bytes (almost every key, state and name) is clean
        // as it is, told by its bytes.
        if s.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) { return s }
        guard s.contains(where: { $0 == "\t" || $0.isNewline }) else { return s }
        return String(s.map { $0 == "\t" || $0.isNewline ? " " : $0 })
    }
}

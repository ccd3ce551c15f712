/// The officers of `officers.csv`, with an index by NIP.
public struct OfficerRoster: Sendable {
    public private(set) var officers: [Officer]
    public private(set) var indexByNIP: NIPIndex

    public init(_ officers: [Officer] = []) {
        self.officers = []
        self.indexByNIP = NIPIndex(capacity: officers.count)
        for officer in officers { _ = append(officer) }
    }

    /// The officers as they are, in this order (no copy): a NIP met again keeps its
    /// first officer, and `duplicate` is told of each later one (with the first).
    init(adopting officers: [Officer], duplicate: (_ later: Officer, _ first: Officer) -> Void) {
        var index = NIPIndex(capacity: officers.count)
        var dropped: [Int] = []
        // The keys read where the officers lie: `officers.indices.map { officers[$0]… }`
        // copied each officer (three references retained and released) to read 8 bytes.
        let keys = officers.withUnsafeBufferPointer { rows in
            [UInt64](unsafeUninitializedCapacity: rows.count) { keys, count in
                for i in rows.indices { keys[i] = rows[i].nip.value }
                count = rows.count
            }
        }
        for (later, first) in index.insertAll(consume keys) {
            duplicate(officers[later], officers[first])
            dropped.append(later)
        }
        guard !dropped.isEmpty else {
            self.officers = officers
            self.indexByNIP = index
            return
        }
        // Rare: rebuild without the later rows.
        self.officers = []
        self.indexByNIP = NIPIndex(capacity: officers.count)
        var kept = officers
        for i in dropped.reversed() { kept.remove(at: i) }
        reserve(kept.count)
        for officer in kept { _ = append(officer) }
    }

    /// Officers and an index already checked to be theirs (`NIPIndex(keys:positions:nips:)`),
    /// read back together (`KeptRosterFormat`).
    init(officers: [Officer], checkedIndex index: NIPIndex) {
        self.officers = officers
        self.indexByNIP = index
    }

    /// Adds an officer; returns the existing one's index if the NIP is taken.
    mutating func append(_ officer: Officer) -> Int? {
        if let existing = indexByNIP.insert(officer.nip, at: officers.count) { return existing }
        officers.append(officer)
        return nil
    }

    mutating func reserve(_ n: Int) {
        officers.reserveCapacity(n)
        indexByNIP.reserve(n)
    }

    /// Changes one officer in place (`CandidateMerge`); the NIP, the index's key, stays.
    mutating func update(at index: Int, _ change: (inout Officer) -> Void) {
        let nip = officers[index].nip
        change(&officers[index])
        officers[index].nip = nip
    }

    public subscript(nip: NIP) -> Officer? { indexByNIP[nip].map { officers[$0] } }
}

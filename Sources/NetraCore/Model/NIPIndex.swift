import Foundation

/// Officers' positions in the roster by NIP: open addressing over the NIP's 64-bit
/// number with a multiplicative hash.
///
/// Why not `Dictionary<NIP, Int>`: hashing a key with the standard library's seeded
/// SipHash cost more than everything else of joining a million officers read in pieces
/// (`OfficerReader`): 12 % of `netra check` at 1M officers, 1M inserts at ≈120 ns. A NIP
/// is already a well-spread number; one multiplication spreads it over the table, and a
/// lookup is one or two probes. 12 bytes per slot at most half full (≈24 MB at 1M).
public struct NIPIndex: Sendable {
    private var keys: [UInt64]
    /// The officer's position, or -1 for an empty slot.
    private var positions: [Int32]
    private var mask: Int
    public private(set) var count = 0

    /// Room for `capacity` officers before the table grows.
    public init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        positions = [Int32](repeating: -1, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func home(_ key: UInt64) -> Int { Self.home(key, mask: mask) }

    /// The slot a key's probe starts at in a table of `mask + 1` slots.
    @inline(__always)
    static func home(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    /// The position of the officer with `nip`, if any.
    public subscript(nip: NIP) -> Int? {
        let key = nip.value
        var slot = home(key)
        while true {
            let p = positions[slot]
            if p < 0 { return nil }
            if keys[slot] == key { return Int(p) }
            slot = (slot + 1) & mask
        }
    }

    /// Records `nip` at `position`, unless it is there already: then the earlier
    /// position is returned and nothing changes.
    public mutating func insert(_ nip: NIP, at position: Int) -> Int? {
        if (count + 1) * 2 > positions.count { grow() }
        let key = nip.value
        var slot = home(key)
        while positions[slot] >= 0 {
            if keys[slot] == key { return Int(positions[slot]) }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        positions[slot] = Int32(truncatingIfNeeded: position)
        count += 1
        return nil
    }

    /// Records every key at its position in `keys`, as `insert` one after another
    /// would; returns the positions refused because their key came earlier, each with
    /// that earlier position, in order.
    ///
    /// Why not `insert` in a loop: a million keys land all over a 24 MB table, and each
    /// insert waited for memory (67 ms of reading a million officers, on one core, after
    /// the pieces were read). The keys are first sorted into buckets by the region of
    /// the table they land in, keeping their order within a bucket (so a key met twice
    /// is still met first at its earlier position), then inserted a region at a time —
    /// from `parallelFrom` keys on, the two halves of the table at once (`insertHalves`;
    /// by default from 200k keys on a machine of more than one core).
    public mutating func insertAll(_ keys: consuming [UInt64], parallelFrom: Int? = nil) -> [(later: Int, first: Int)] {
        if (count + keys.count) * 2 > positions.count { rebuild(size: (count + keys.count) * 2) }
        let slotBits = mask.nonzeroBitCount
        let bucketBits = max(1, min(10, slotBits - 12))  // regions of at least 4k slots
        let buckets = 1 << bucketBits
        let shift = slotBits - bucketBits
        var starts = [Int](repeating: 0, count: buckets + 1)
        for i in keys.indices { starts[(home(keys[i]) >> shift) + 1] += 1 }
        for b in 0..<buckets { starts[b + 1] += starts[b] }
        // Each key goes into its region's run with its position beside it, so the
        // inserts below read both in order: fetching `keys[position]` by a scattered
        // position missed the cache once per officer (≈35 ms of 1M inserts).
        var runKeys = [UInt64](repeating: 0, count: keys.count)
        var runPositions = [Int32](repeating: 0, count: keys.count)
        var next = starts
        for position in keys.indices {
            let key = keys[position]
            let b = home(key) >> shift
            runKeys[next[b]] = key
            runPositions[next[b]] = Int32(truncatingIfNeeded: position)
            next[b] += 1
        }
        keys = []  // the runs hold them now (8 MB at a million, freed before inserting)
        var refused: [(later: Int, first: Int)]
        let threshold = parallelFrom ?? (ProcessInfo.processInfo.activeProcessorCount > 1 ? 200_000 : Int.max)
        if runKeys.count >= threshold {
            refused = insertHalves(runKeys, runPositions, firstOfSecondHalf: starts[buckets / 2])
        } else {
            refused = []
            for i in runKeys.indices {
                let p = Int(runPositions[i])
                if let first = insert(NIP(value: runKeys[i]), at: p) { refused.append((p, first)) }
            }
        }
        refused.sort { $0.later < $1.later }
        return refused
    }

    /// The runs inserted by two threads, one per half of the table (the runs from
    /// `firstOfSecondHalf` on land in the second). Why: after the pieces of a million
    /// officers were read on two cores, these inserts were ≈50 ms on one.
    ///
    /// A thread writes only its half. A key whose probe would step past its half's
    /// end (or wrap around the table) is put aside and inserted once both are done,
    /// in run order. The table is then what inserting in run order gives as far as
    /// lookups can tell: every key reachable from its home slot with no empty slot
    /// between, and a key met twice kept at its first position — its copies share a
    /// home, hence a half, and meet each other (or are both put aside) in order.
    private mutating func insertHalves(_ runKeys: [UInt64], _ runPositions: [Int32], firstOfSecondHalf: Int) -> [(later: Int, first: Int)] {
        let half = positions.count / 2, mask = self.mask
        var results: [(inserted: Int, refused: [(later: Int, first: Int)], aside: [Int])] = Array(repeating: (0, [], []), count: 2)
        keys.withUnsafeMutableBufferPointer { keys in
            positions.withUnsafeMutableBufferPointer { positions in
                runKeys.withUnsafeBufferPointer { runKeys in
                    runPositions.withUnsafeBufferPointer { runPositions in
                        results.withUnsafeMutableBufferPointer { results in
                            Parallel.forEach(2) { k in
                                let runs = k == 0 ? 0..<firstOfSecondHalf : firstOfSecondHalf..<runKeys.count
                                let end = k == 0 ? half : positions.count
                                var inserted = 0
                                var refused: [(later: Int, first: Int)] = [], aside: [Int] = []
                                for i in runs {
                                    let key = runKeys[i]
                                    var slot = Self.home(key, mask: mask)
                                    var met: Int32 = -1
                                    while positions[slot] >= 0 {
                                        if keys[slot] == key { met = positions[slot]; break }
                                        slot += 1
                                        if slot == end { break }
                                    }
                                    if met >= 0 {
                                        refused.append((Int(runPositions[i]), Int(met)))
                                    } else if slot == end {
                                        aside.append(i)
                                    } else {
                                        keys[slot] = key
                                        positions[slot] = runPositions[i]
                                        inserted += 1
                                    }
                                }
                                results[k] = (inserted, refused, aside)
                            }
                        }
                    }
                }
            }
        }
        count += results[0].inserted + results[1].inserted
        var refused = results[0].refused + results[1].refused
        for i in results[0].aside + results[1].aside {
            let p = Int(runPositions[i])
            if let first = insert(NIP(value: runKeys[i]), at: p) { refused.append((p, first)) }
        }
        return refused
    }

    /// The table as it lies: what `KeptRoster` keeps beside the officers, so that the
    /// next start does not insert a million keys again (≈55 ms).
    var table: (keys: [UInt64], positions: [Int32]) { (keys, positions) }

    /// A table read back, or `nil` unless it is exactly the index of `nips` (the NIP
    /// at each position): a power-of-two size at most half full, and each filled slot
    /// naming a distinct position whose NIP is the slot's key. One pass over the table,
    /// reading `nips` (8 MB at a million) — a few milliseconds against ≈55 to rebuild.
    init?(keys: [UInt64], positions: [Int32], nips: [UInt64]) {
        let size = positions.count, count = nips.count
        guard size >= 16, size & (size - 1) == 0, keys.count == size, count * 2 <= size else { return nil }
        var seen = [UInt64](repeating: 0, count: (count + 63) / 64)
        var filled = 0
        for slot in 0..<size where positions[slot] >= 0 {
            let p = Int(positions[slot])
            guard p < count, nips[p] == keys[slot], seen[p >> 6] & (1 << UInt64(p & 63)) == 0 else { return nil }
            seen[p >> 6] |= 1 << UInt64(p & 63)
            filled += 1
        }
        guard filled == count else { return nil }
        self.keys = keys
        self.positions = positions
        mask = size - 1
        self.count = count
        // Each key must also be reachable from its home slot: no empty slot between.
        // A table this code built needs about two steps a key; a made-up one with one
        // long run would need millions each, so the walk has a budget.
        var budget = 16 * size
        for slot in 0..<size where positions[slot] >= 0 {
            var at = home(keys[slot])
            while at != slot {
                budget -= 1
                guard positions[at] >= 0, budget > 0 else { return nil }
                at = (at + 1) & mask
            }
        }
    }

    /// Makes room for `capacity` officers at once (no growth on the way).
    public mutating func reserve(_ capacity: Int) {
        if capacity * 2 > positions.count { rebuild(size: capacity * 2) }
    }

    private mutating func grow() { rebuild(size: positions.count * 2) }

    private mutating func rebuild(size requested: Int) {
        var size = 16
        while size < requested { size <<= 1 }
        let oldKeys = keys, oldPositions = positions
        keys = [UInt64](repeating: 0, count: size)
        positions = [Int32](repeating: -1, count: size)
        mask = size - 1
        count = 0
        for slot in oldPositions.indices where oldPositions[slot] >= 0 {
            _ = insert(NIP(value: oldKeys[slot]), at: Int(oldPositions[slot]))
        }
    }
}

import Testing
@testable import NetraCore

/// The NIP index filled all at once (by regions of its table) agrees with filling it
/// one key at a time: the same positions found, the same later rows refused.
@Suite struct NIPIndexTests {
    /// Serially, and in two halves at once (`parallelFrom: 0` makes any size take that road).
    @Test(arguments: [Int.max, 0])
    func fillingAtOnceAgreesWithOneAtATime(parallelFrom: Int) {
        var generator = SystemRandomNumberGenerator()
        for size in [0, 1, 5, 3_000, 60_000] {
            // NIP-like numbers, a few met twice or three times, far apart.
            var keys = (0..<size).map { _ in UInt64.random(in: 196_000_000_000_000_000...200_000_000_000_000_000, using: &generator) }
            for _ in 0..<(size / 50) {
                let from = Int.random(in: 0..<size, using: &generator), to = Int.random(in: 0..<size, using: &generator)
                keys[to] = keys[from]
            }
            var one = NIPIndex(capacity: size)
            var refusedOne: [(later: Int, first: Int)] = []
            for (position, key) in keys.enumerated() {
                if let first = one.insert(NIP(value: key), at: position) { refusedOne.append((position, first)) }
            }
            var all = NIPIndex(capacity: size)
            let refusedAll = all.insertAll(keys, parallelFrom: parallelFrom)
            #expect(refusedAll.map(\.later) == refusedOne.map(\.later))
            #expect(refusedAll.map(\.first) == refusedOne.map(\.first))
            #expect(all.count == one.count)
            for key in keys { #expect(all[NIP(value: key)] == one[NIP(value: key)]) }
            #expect(all[NIP(value: 1)] == nil)
        }
    }

    @Test func aKeyMetTwiceKeepsItsFirstPosition() {
        var index = NIPIndex(capacity: 4)
        let refused = index.insertAll([7, 8, 7, 9, 8, 7])
        #expect(refused.map(\.later) == [2, 4, 5])
        #expect(refused.map(\.first) == [0, 1, 0])
        #expect(index[NIP(value: 7)] == 0)
        #expect(index[NIP(value: 9)] == 3)
    }

    /// Keys crowded just below the middle of the table and at its end: their probes
    /// would cross into the other half, or wrap around, so the two-halves road puts
    /// them aside and inserts them after. Each is still found, and a key met again in
    /// the crowd is still refused in favour of its first position.
    @Test func keysCrowdedAtTheHalvesEdgesAreStillFoundInOrder() {
        // 40 officers: a table of 128 slots, halves of 64 (the index's own sizing).
        func home(_ key: UInt64) -> Int { NIPIndex.home(key, mask: 127) }
        var nearMiddle: [UInt64] = [], nearEnd: [UInt64] = [], elsewhere: [UInt64] = []
        var key: UInt64 = 196_501_011_985_011_001
        while nearMiddle.count < 12 || nearEnd.count < 12 || elsewhere.count < 10 {
            key += 1
            switch home(key) {
            case 61...63 where nearMiddle.count < 12: nearMiddle.append(key)
            case 125...127 where nearEnd.count < 12: nearEnd.append(key)
            case 0...50 where elsewhere.count < 10: elsewhere.append(key)
            default: break
            }
        }
        // Interleaved, with a key of each crowd met again later.
        var keys: [UInt64] = []
        for i in 0..<12 { keys += [nearMiddle[i], nearEnd[i]] + (i < 10 ? [elsewhere[i]] : []) }
        keys += [nearMiddle[3], nearEnd[7]]
        #expect(keys.count == 36)
        var one = NIPIndex(capacity: 40)
        var refusedOne: [(later: Int, first: Int)] = []
        for (position, key) in keys.enumerated() {
            if let first = one.insert(NIP(value: key), at: position) { refusedOne.append((position, first)) }
        }
        var halves = NIPIndex(capacity: 40)
        let refused = halves.insertAll(keys, parallelFrom: 0)
        #expect(refused.map(\.later) == [34, 35])
        #expect(refused.map(\.later) == refusedOne.map(\.later))
        #expect(refused.map(\.first) == refusedOne.map(\.first))
        #expect(halves.count == 34)
        for key in keys { #expect(halves[NIP(value: key)] == one[NIP(value: key)]) }
        // The table passes the check a kept reading must pass: every key reachable.
        let table = halves.table
        #expect(NIPIndex(keys: table.keys, positions: table.positions, nips: Array(keys.prefix(34))) != nil)
    }
}

import Testing
@testable import NetraCore

/// The NIP index filled all at once (by regions of its table) agrees with filling it
/// one key at a time: the same positions found, the same later rows refused.
@Suite struct NIPIndexTests {
    @Test func fillingAtOnceAgreesWithOneAtATime() {
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
            let refusedAll = all.insertAll(keys)
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
}

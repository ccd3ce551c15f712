import Testing
@testable import NetraCore

/// Counting pooled texts by their number, a pool at a time: the same counts and first
/// positions as a dictionary keyed by pool and number gives.
@Suite struct PooledTextCountsTests {
    @Test func countsAndFirstPositionsMatchADictionary() {
        let a = TextPool(), b = TextPool()
        let texts = ["Dinas Kesehatan", "Kecamatan Balikpapan Utara", "Sekretariat Daerah", "Dinas Sosial", "Inspektorat"]
        var generator = SystemRandomNumberGenerator()
        var counts = PooledTextCounts()
        var expected: [PooledText: (count: Int, first: Int)] = [:]
        for position in 0..<5_000 {
            // Runs of one pool, then the other (a roster read in two pieces), and back.
            let pool = (position / 700) % 3 == 1 ? b : a
            let id = pool.intern(texts.randomElement(using: &generator)!)
            let code = PooledText(pool: ObjectIdentifier(pool), id: id)
            counts.add(code, at: position)
            expected[code, default: (0, position)].count += 1
        }
        let got = counts.entries.sorted { $0.first < $1.first }
        let want = expected.values.sorted { $0.first < $1.first }
        #expect(got.map(\.count) == want.map(\.count))
        #expect(got.map(\.first) == want.map(\.first))
        #expect(got.count == 2 * texts.count)
    }
}

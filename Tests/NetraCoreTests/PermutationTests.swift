import Testing
@testable import NetraCore

/// `Permutation.gather` puts values where a second, gathered array would have them.
@Suite struct PermutationTests {
    @Test(arguments: [0, 1, 2, 3, 7, 100, 1000])
    func gatheringInPlaceEqualsGatheringIntoACopy(_ count: Int) {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20 {
            let values = (0..<count).map { "value \($0) " + String(repeating: "x", count: $0 % 40) }
            let order = Array(0..<count).shuffled(using: &generator)
            var inPlace = values
            Permutation.gather(&inPlace, order)
            #expect(inPlace == order.map { values[$0] })
        }
    }

    @Test func theIdentityAndAReversalAndOneLongCycle() {
        var values = Array(0..<10)
        Permutation.gather(&values, Array(0..<10))
        #expect(values == Array(0..<10))
        Permutation.gather(&values, Array((0..<10).reversed()))
        #expect(values == Array((0..<10).reversed()))
        var cycle = Array(0..<6)
        Permutation.gather(&cycle, [1, 2, 3, 4, 5, 0])
        #expect(cycle == [1, 2, 3, 4, 5, 0])
    }
}

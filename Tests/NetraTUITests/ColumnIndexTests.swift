import Testing
import NetraCore
@testable import NetraTUI

/// The column indexes against the plain definitions they replace: a filter compares
/// texts, a sort is a stable comparison sort by (value, tie rank, file order).
@Suite struct ColumnIndexTests {
    /// A small deterministic generator, so a failure replays.
    struct Dice {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(bound))
        }
    }

    @Test func codesGiveEqualTextsEqualCodesAndCountPerMember() {
        let texts = ["Dinas B", "Dinas A", "Dinas B", "", "Dinas A", "Dinas B"]
        let codes = ValueCodes(texts)
        #expect(codes.texts == ["Dinas B", "Dinas A", ""])
        #expect(codes.codes == [0, 1, 0, 2, 1, 0])
        #expect(codes.codeOf["Dinas A"] == 1)
        let member = [true, true, false, true, true, true]
        let counts = codes.counts(where: member).map { "\($0.value)=\($0.count)" }
        #expect(counts == ["Dinas B=2", "Dinas A=2", "=1"])
    }

    @Test func ranksAreDenseNumbersBeforeTextsAndNoneLast() {
        let ranks = ColumnRanks([.text("b"), .number(7), .none, .number(-3), .text("a"), .number(7), .text("b")])
        #expect(ranks.ranks == [3, 1, 4, 0, 2, 1, 3])
        #expect(ranks.none == 4)
        #expect(ranks.count == 5)
        let withoutNone = ColumnRanks([.number(2), .number(1)])
        #expect(withoutNone.none == nil)
        #expect(withoutNone.count == 2)
    }

    @Test func ranksFromCodesEqualRanksFromEveryRowsValue() {
        var dice = Dice(state: 42)
        let words = ["Kec. Utara", "kec. utara", "Dinas Kesehatan", "—", "", "Bapenda", "ÉDUKASI", "edukasi"]
        let texts = (0..<500).map { _ in words[dice.next(words.count)] }
        let viaCodes = ColumnRanks(codes: ValueCodes(texts), sortValue: TableField<String>.textSortValue)
        let direct = ColumnRanks(texts.map(TableField<String>.textSortValue))
        #expect(viaCodes.ranks == direct.ranks)
        #expect(viaCodes.none == direct.none)
        // Case and accents fold together: "kec. utara" ranks with "Kec. Utara".
        #expect(viaCodes.ranks[texts.firstIndex(of: "Kec. Utara")!] == viaCodes.ranks[texts.firstIndex(of: "kec. utara")!])
    }

    @Test func countingOrderEqualsAStableComparisonSortBothWays() {
        var dice = Dice(state: 7)
        for round in 0..<20 {
            let n = 1 + dice.next(300)
            let values: [SortValue] = (0..<n).map { _ in
                switch dice.next(4) {
                case 0: .none
                case 1: .text(["x", "y", "z"][dice.next(3)])
                default: .number(dice.next(round + 2) - 1)
                }
            }
            let tieValues: [SortValue] = (0..<n).map { _ in .number(dice.next(5)) }
            let primary = ColumnRanks(values), tie = ColumnRanks(tieValues)
            let ties = tie.order()
            for descending in [false, true] {
                let expected = (0..<Int32(n)).sorted { a, b in
                    let ra = primary.ranks[Int(a)], rb = primary.ranks[Int(b)]
                    if ra != rb {
                        if ra == primary.none { return false }
                        if rb == primary.none { return true }
                        return descending ? ra > rb : ra < rb
                    }
                    let ta = tie.ranks[Int(a)], tb = tie.ranks[Int(b)]
                    return ta != tb ? ta < tb : a < b
                }
                #expect(primary.order(within: ties, descending: descending) == expected, "round \(round), descending \(descending)")
            }
        }
    }

    @Test func rowsWithoutAValueStayLastWhenDescending() {
        let ranks = ColumnRanks([.number(1), .none, .number(3), .number(2)])
        #expect(ranks.order(within: [0, 1, 2, 3], descending: true) == [2, 3, 0, 1])
        #expect(ranks.order(within: [0, 1, 2, 3], descending: false) == [0, 3, 2, 1])
    }
}

/// What the Pegawai list remembers outlives the minute's re-derivation only where the
/// column does not depend on the moment.
@Suite struct ListCacheTests {
    func input(_ model: DashboardModel, filter: OfficersView.Filter = .all) -> ViewInput {
        var state = UIState(view: .officers)
        state.filter[.officers] = filter.rawValue
        return ViewInput(model: model, state: state, style: FrameStyle(language: .en), now: model.situation.now)
    }

    @Test func codesAndRanksOfTimelessColumnsSurviveTheMinute() {
        let model = demoModel()
        model.prepareLists(language: .en)
        let later = model.at(model.situation.now.addingTimeInterval(60))
        let room = OfficersView()
        // The very same arrays: nothing was worked out again for the new minute.
        let before = room.codes(input(model), key: "unit")!, after = room.codes(input(later), key: "unit")!
        #expect(before.codes.withUnsafeBufferPointer { $0.baseAddress } == after.codes.withUnsafeBufferPointer { $0.baseAddress })
        let tieBefore = room.tieOrder(input(model)), tieAfter = room.tieOrder(input(later))
        #expect(tieBefore.withUnsafeBufferPointer { $0.baseAddress } == tieAfter.withUnsafeBufferPointer { $0.baseAddress })
    }

    @Test func daysLeftIsWorkedOutAgainForTheNewMoment() throws {
        let model = demoModel()
        let threeDaysOn = model.at(model.situation.now.addingTimeInterval(3 * 86_400))
        let room = OfficersView()
        let before = try #require(room.codes(input(model, filter: .candidates), key: "deadline"))
        let after = try #require(room.codes(input(threeDaysOn, filter: .candidates), key: "deadline"))
        // The same candidates, three days closer to the deadline: other labels.
        #expect(before.texts.contains { !$0.isEmpty })
        #expect(Set(before.texts) != Set(after.texts))
    }

    @Test func retiringSoonFollowsTheMomentButAllDoesNot() {
        let model = demoModel()
        let room = OfficersView()
        let all = room.presetMembers(input(model)), allLater = room.presetMembers(input(model.at(model.situation.now.addingTimeInterval(60))))
        #expect(all.withUnsafeBufferPointer { $0.baseAddress } == allLater.withUnsafeBufferPointer { $0.baseAddress })
        // Ten years on, other officers retire within the window.
        let soon = room.presetMembers(input(model, filter: .retiringSoon))
        let soonLater = room.presetMembers(input(model.at(model.situation.now.addingTimeInterval(10 * 365 * 86_400)), filter: .retiringSoon))
        #expect(soon != soonLater)
    }

    /// A big roster gets only the first frame's indexes ahead; a sort by any other column
    /// then builds that column on first use and orders exactly as one prepared ahead.
    @Test func aColumnLeftForFirstUseSortsAsOnePreparedAhead() {
        let lean = generatedCityModel(officers: 400), whole = generatedCityModel(officers: 400)
        lean.prepareLists(language: .en, everyColumn: false)
        whole.prepareLists(language: .en, everyColumn: true)
        let room = OfficersView()
        for key in ["unit", "position", "grade", "nip"] {
            for descending in [false, true] {
                let sort = ColumnSort(key: key, descending: descending)
                #expect(room.order(input(lean), sort) == room.order(input(whole), sort), "\(key) \(descending)")
            }
        }
        #expect(lean.preparesEveryIndex)
        #expect(DashboardModel.everyIndexAheadUpTo >= 100_000)
    }
}


/// One piece's place in the roster's one array: the piece's thread writes its officers
/// straight there, and the pieces are then closed up where they lie.
///
/// Why: each piece used to fill an array of its own, appended to the first once all
/// were read. At a million officers the second piece's array was 52 MB allocated,
/// faulted in page by page and copied on one core while the other waited (≈60 ms of
/// a ≈1 s first screen, `perf`: the copy's page faults were the largest single cost of
/// reading the file). A place holds as many officers as its piece has line feeds, so
/// in a file whose every line is a row the places meet and nothing moves.
struct OfficerRegion {
    /// The first element of the roster's array (shared by every region of one read).
    let base: UnsafeMutablePointer<Officer>
    /// Where this region starts in the array, and how many officers fit.
    let start: Int
    let capacity: Int
    /// Officers written so far, from `start`.
    private(set) var count = 0
    /// Officers beyond `capacity`: lines ended by a lone CR (old Mac files) are rows
    /// without a line feed, and places are cut short by the bound on the whole (a file
    /// of blank lines). Kept in order here; the roster is then put together by moving
    /// (`moveOut`).
    private(set) var spill: [Officer] = []

    init(base: UnsafeMutablePointer<Officer>, start: Int, capacity: Int) {
        self.base = base
        self.start = start
        self.capacity = max(capacity, 0)
    }

    mutating func append(_ officer: Officer) {
        if count < capacity {
            (base + start + count).initialize(to: officer)
            count += 1
        } else {
            spill.append(officer)
        }
    }

    /// Forgets what a thrown-away piece wrote (its cut fell inside a quoted value).
    mutating func discard() {
        (base + start).deinitialize(count: count)
        count = 0
        spill = []
    }

    /// Each piece's place (start and room) given how many line feeds each has; room
    /// for one more row at the end (a last line without a line feed). No more than
    /// `bound + 1` rows in all: a file of blank lines reserves no more than that, and
    /// what does not fit spills.
    static func places(lineFeeds: [Int], bound: Int) -> [(start: Int, capacity: Int)] {
        var places: [(start: Int, capacity: Int)] = []
        var next = 0
        for (k, feeds) in lineFeeds.enumerated() {
            let wanted = feeds + (k == lineFeeds.count - 1 ? 1 : 0)
            let room = max(0, min(wanted, bound + 1 - next))
            places.append((next, room))
            next += room
        }
        return places
    }

    /// Closes the regions up in order at the front of the array, each officer's line
    /// moved on by its region's shift; how many officers there are. None may have spilled.
    static func closeUp(_ regions: [(region: OfficerRegion, lineShift: Int)], base: UnsafeMutablePointer<Officer>) -> Int {
        var filled = 0
        for (region, shift) in regions {
            precondition(region.spill.isEmpty, "closeUp needs regions that did not spill")
            let to = base + filled
            if region.start != filled { to.moveInitialize(from: base + region.start, count: region.count) }
            if shift != 0 {
                for i in 0..<region.count { to[i].line += shift }
            }
            filled += region.count
        }
        return filled
    }

    /// Moves every region's officers, then its spill, into a new array in order (lines
    /// shifted); the regions' places are left uninitialised.
    static func moveOut(_ regions: [(region: OfficerRegion, lineShift: Int)], base: UnsafeMutablePointer<Officer>) -> [Officer] {
        var all: [Officer] = []
        all.reserveCapacity(regions.reduce(0) { $0 + $1.region.count + $1.region.spill.count })
        for (region, shift) in regions {
            for i in 0..<region.count {
                var officer = (base + region.start + i).move()
                officer.line += shift
                all.append(officer)
            }
            for var officer in region.spill {
                officer.line += shift
                all.append(officer)
            }
        }
        return all
    }
}

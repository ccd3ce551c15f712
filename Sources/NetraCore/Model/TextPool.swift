import Foundation

/// Texts that repeat across a roster — units, positions, grades, parties, districts,
/// elections, statuses, titles — each stored once and named by a 32-bit number, so an
/// officer holds ten numbers (40 bytes) instead of ten `String`s (160 bytes).
///
/// Why: at a million officers the roster was most of Netra's memory (an `Officer` took
/// ≈330 bytes, ≈160 of them for these ten strings, which were already interned and so
/// only repeated the same 16-byte handles). See docs/decisions.md, "rows by layout".
///
/// Each roster read has its own pool, which dies with it: a file that writes a new
/// value in every cell, over and over, cannot grow one pool without bound.
///
/// Thread-safe: adding takes a lock; reading an id takes none. Entries live in
/// fixed segments that never move, and an id is only ever handed out after its entry
/// is written, so a reader holding an id always finds its text — even while the
/// reload thread adds to the same pool (a candidate merge on a copy of the roster).
public final class TextPool: @unchecked Sendable {
    /// An entry's position: segment `id >> segmentBits`, slot `id & slotMask`.
    private static let segmentBits = 12
    private static let slotMask = (1 << segmentBits) - 1
    /// 2^20 segments of 4,096: room for 2^32 ids (a 32-bit id's whole range).
    private static let segmentCapacity = 1 << 20

    /// The pool for officers made in code (tests, the demo's builder), not read from a file.
    public static let shared = TextPool()

    /// The empty text, in every pool.
    public static let emptyID: UInt32 = 0

    private var segments: UnsafeMutablePointer<UnsafeMutablePointer<String>?>
    private var segmentCount = 0
    private var count = 0
    private var ids: [String: UInt32] = [:]
    private let lock = NSLock()

    public init() {
        // The table of segment pointers grows by doubling like an array, but old tables
        // are never freed while the pool lives: a reader may still hold one.
        segments = .allocate(capacity: 1)
        segments.initialize(to: nil)
        tableCapacity = 1
        _ = intern("")
    }

    private var tableCapacity: Int
    private var retiredTables: [UnsafeMutablePointer<UnsafeMutablePointer<String>?>] = []

    deinit {
        for s in 0..<segmentCount {
            let used = min(count - s << Self.segmentBits, 1 << Self.segmentBits)
            segments[s]!.deinitialize(count: used)
            segments[s]!.deallocate()
        }
        segments.deallocate()
        for table in retiredTables { table.deallocate() }
    }

    /// How many distinct texts the pool holds.
    public var size: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }

    /// Every text, in id order (the empty text first): what `KeptRoster` stores.
    var texts: [String] {
        lock.lock()
        let n = count
        lock.unlock()
        return (0..<n).map { self[UInt32($0)] }
    }

    /// A pool holding `texts` under ids 0, 1, 2, …; `nil` unless they are distinct and
    /// the first is empty (a pool read back from the state folder is not trusted).
    convenience init?(restoring texts: [String]) {
        self.init()
        guard texts.first == "" else { return nil }
        for (i, text) in texts.enumerated().dropFirst() where intern(text) != UInt32(i) { return nil }
    }

    /// The text of `id`.
    @inline(__always)
    public subscript(id: UInt32) -> String {
        let i = Int(id)
        return segments[i >> Self.segmentBits].unsafelyUnwrapped[i & Self.slotMask]
    }

    /// The id of `text`, adding it when new.
    public func intern(_ text: String) -> UInt32 {
        lock.lock()
        defer { lock.unlock() }
        if let id = ids[text] { return id }
        let id = count
        precondition(id < Self.segmentCapacity << Self.segmentBits, "TextPool is full")
        let segment = id >> Self.segmentBits
        if segment == segmentCount {
            if segment == tableCapacity { growTable() }
            let slots = UnsafeMutablePointer<String>.allocate(capacity: 1 << Self.segmentBits)
            segments[segment] = slots
            segmentCount += 1
        }
        (segments[segment].unsafelyUnwrapped + (id & Self.slotMask)).initialize(to: text)
        count += 1
        ids[text] = UInt32(id)
        return UInt32(id)
    }

    /// A table twice as large; the old one is kept (not freed) until the pool dies.
    private func growTable() {
        let bigger = UnsafeMutablePointer<UnsafeMutablePointer<String>?>.allocate(capacity: tableCapacity * 2)
        bigger.initialize(from: segments, count: tableCapacity)
        (bigger + tableCapacity).initialize(repeating: nil, count: tableCapacity)
        retiredTables.append(segments)
        segments = bigger
        tableCapacity *= 2
    }
}

/// A text as its number in a given pool: two equal codes are the same text.
struct PooledText: Hashable {
    let pool: ObjectIdentifier
    let id: UInt32

    var isEmpty: Bool { id == TextPool.emptyID }
}

/// How many times each pooled text was met, and where first: counted in arrays by the
/// text's number, one array per pool (a roster read in pieces has a pool per piece).
///
/// Why not `[PooledText: …]`: hashing a key per officer with the standard library's
/// seeded hash was most of building the unit directory at a million officers (≈60 ms on
/// the path to the first screen, `perf`); a number indexes an array directly.
struct PooledTextCounts {
    private var poolSlots: [ObjectIdentifier: Int] = [:]
    private var counts: [[(count: Int, first: Int)]] = []
    private var lastPool: ObjectIdentifier?
    private var lastSlot = 0

    /// Counts `text`, met at `position`.
    mutating func add(_ text: PooledText, at position: Int) {
        if text.pool != lastPool {
            if let known = poolSlots[text.pool] {
                lastSlot = known
            } else {
                lastSlot = counts.count
                poolSlots[text.pool] = lastSlot
                counts.append([])
            }
            lastPool = text.pool
        }
        let id = Int(text.id)
        if id >= counts[lastSlot].count {
            counts[lastSlot].append(contentsOf: repeatElement((count: 0, first: 0), count: max(id + 1, counts[lastSlot].count * 2) - counts[lastSlot].count))
        }
        if counts[lastSlot][id].count == 0 { counts[lastSlot][id].first = position }
        counts[lastSlot][id].count += 1
    }

    /// Each text met: how often, and the position it was first met at.
    var entries: [(count: Int, first: Int)] {
        counts.flatMap { $0.filter { $0.count > 0 } }
    }
}

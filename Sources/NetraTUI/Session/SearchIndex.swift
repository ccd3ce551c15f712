import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Case- and accent-insensitive substring search over many short texts.
///
/// The folded texts sit in one byte buffer, so a keystroke over 100k officers is a
/// scan of a few megabytes with `memmem`, not 100k string comparisons.
///
/// Texts that many items share (an officer's unit, position, party, district) are not
/// copied into every item's text: each distinct value is folded once, and each item
/// keeps its value's number (`SharedField`). A word then matches an item when it is in
/// the item's own text or in one of its shared values. At a million officers that is
/// ≈60 MB instead of ≈110 MB, and no array of a million joined strings on the way.
public struct SearchIndex: Sendable {
    private let blob: [UInt8]
    private let starts: [UInt32]
    private let shared: [SharedField]

    /// One text many items share: its distinct values (folded, searchable) and each
    /// item's value number.
    struct SharedField: Sendable {
        let values: SearchIndex
        let codes: [Int32]
    }

    public init(_ texts: [String]) {
        self.init(count: texts.count, own: { texts[$0] }, shared: [])
    }

    /// `count` items, each with its own text and the texts it shares with others
    /// (`shared[f](i)`: item `i`'s value of shared field `f`).
    public init(count: Int, own: (Int) -> String, shared: [(Int) -> String]) {
        var blob: [UInt8] = []
        var starts: [UInt32] = []
        starts.reserveCapacity(count + 1)
        for i in 0..<count {
            starts.append(UInt32(truncatingIfNeeded: blob.count))
            blob.append(contentsOf: SearchIndex.fold(own(i)).utf8)
        }
        starts.append(UInt32(truncatingIfNeeded: blob.count))
        precondition(blob.count <= Int(UInt32.max), "search text over 4 GB")
        self.blob = blob
        self.starts = starts
        self.shared = shared.map { value in
            let coded = ValueCodes((0..<count).lazy.map(value))
            return SharedField(values: SearchIndex(coded.texts), codes: coded.codes)
        }
    }

    public var count: Int { starts.count - 1 }

    /// Lowercase, without accents (`É` → `e`), so `jose` finds `José`.
    public static func fold(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil).lowercased()
    }

    /// The items among `candidates` (in their order) that contain every word of `query`
    /// (`SearchQuery`), in any order.
    public func filter(_ candidates: [Int], query: String) -> [Int] {
        var found = candidates
        for term in SearchQuery(query).terms {
            found = filter(found, term: term)
            if found.isEmpty { break }
        }
        return found
    }

    /// The items among `candidates` (in their order) that contain `term` in their own
    /// text or in one of their shared values.
    func filter(_ candidates: [Int], term folded: [UInt8]) -> [Int] {
        if folded.isEmpty { return candidates }
        // Which distinct values of each shared field hold the term (a few hundred each).
        let hits: [(codes: [Int32], matched: [Bool])] = shared.compactMap { field in
            let found = field.values.filter(Array(0..<field.values.count), term: folded)
            guard !found.isEmpty else { return nil }
            var matched = [Bool](repeating: false, count: field.values.count)
            for v in found { matched[v] = true }
            return (field.codes, matched)
        }
        return filterOwn(candidates, term: folded, orShared: hits)
    }

    /// The items among `candidates` (in their order) whose own text contains `term`, or
    /// whose shared value is one of `hits`. The buffers are opened once and the search
    /// is inlined: per-item calls cost more than the search itself (the first letter
    /// over 100k officers went from ≈18 ms to ≈10 ms).
    private func filterOwn(_ candidates: [Int], term folded: [UInt8], orShared hits: [(codes: [Int32], matched: [Bool])]) -> [Int] {
        return blob.withUnsafeBufferPointer { b in
            folded.withUnsafeBufferPointer { q in
                starts.withUnsafeBufferPointer { starts in
                    guard let base = b.baseAddress, let needle = q.baseAddress else { return [] }
                    let first = Int32(needle.pointee), rest = q.count - 1
                    var found: [Int] = []
                    found.reserveCapacity(candidates.count / 8)
                    for i in candidates {
                        if !hits.isEmpty && hits.contains(where: { $0.matched[Int($0.codes[i])] }) {
                            found.append(i)
                            continue
                        }
                        // memchr to each occurrence of the first byte, memcmp the rest.
                        var at = base + Int(starts[i])
                        let last = base + Int(starts[i + 1]) - q.count  // last possible start
                        while at <= last {
                            guard let hit = memchr(at, first, last - at + 1) else { break }
                            let p = hit.assumingMemoryBound(to: UInt8.self)
                            if rest == 0 || memcmp(p + 1, needle + 1, rest) == 0 {
                                found.append(i)
                                break
                            }
                            at = UnsafePointer(p) + 1
                        }
                    }
                    return found
                }
            }
        }
    }
}

/// A search as clerks type it: case and accents ignored, several words each found
/// anywhere (in any order), and a number typed with spaces or dots between its
/// groups (`19780315 200501 1 007`, `1978.03.15`) read as its digits. A dash is kept:
/// it belongs to case numbers (`NTR-2023-006`), which are searched as written.
public struct SearchQuery: Equatable, Sendable {
    /// The folded words, as bytes.
    public let terms: [[UInt8]]

    public init(_ text: String) {
        let folded = Array(SearchIndex.fold(text))
        var joined = ""
        for (i, ch) in folded.enumerated() {
            // A space or dot between two digits joins them.
            if ch == " " || ch == ".", let last = joined.last, ("0"..."9").contains(last),
               let next = folded[(i + 1)...].first(where: { $0 != " " && $0 != "." }), ("0"..."9").contains(next) {
                continue
            }
            joined.append(ch)
        }
        terms = joined.split(separator: " ").map { Array($0.utf8) }
    }

    public var isEmpty: Bool { terms.isEmpty }

    /// Whether folded `text` holds every word.
    public func matches(_ text: String) -> Bool {
        let folded = SearchIndex.fold(text)
        return terms.allSatisfy { folded.contains(String(decoding: $0, as: UTF8.self)) }
    }
}

/// A search index built once, on first use, from any thread.
final class LazyIndex: @unchecked Sendable {
    private let lock = NSLock()
    private var built: SearchIndex?
    private var build: (() -> SearchIndex)?

    init(_ build: @escaping () -> SearchIndex) { self.build = build }

    var value: SearchIndex {
        lock.lock()
        defer { lock.unlock() }
        if let built { return built }
        let index = build!()
        built = index
        build = nil  // drop what the builder captured
        return index
    }
}

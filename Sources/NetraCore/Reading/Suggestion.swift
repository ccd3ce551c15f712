/// The accepted word a mistyped value most likely meant: `bacalg` → `bacaleg`,
/// `Bawasl` → `bawaslu`.
///
/// Words are compared by their `Vocabulary` key (case, spaces, `_ - /` ignored) with
/// the edit distance (insertions, deletions, substitutions, and swaps of two
/// neighbouring letters, the commonest typing slip). A suggestion is made only when
/// it is close for the word's length, so a value that is something else entirely
/// (`pensiun` in a candidacy column) gets the list of accepted words instead.
enum Suggestion {
    /// The nearest of `words` to `raw`, or `nil` when none is close enough or two
    /// different words are equally near.
    static func nearest(to raw: String, among words: [String]) -> String? {
        let typed = Array(Vocabulary.key(raw))
        guard typed.count >= 2, typed.count <= 40 else { return nil }
        var best: (word: String, key: String, distance: Int)?
        var tie = false
        for word in words {
            let key = Vocabulary.key(word)
            guard abs(key.count - typed.count) <= 3 else { continue }
            let d = distance(typed, Array(key))
            if best == nil || d < best!.distance {
                best = (word, key, d)
                tie = false
            } else if d == best!.distance && key != best!.key {
                tie = true
            }
        }
        guard let best, !tie, best.distance > 0, best.distance <= allowed(for: typed.count) else { return nil }
        return best.word
    }

    /// How many edits a word of `length` letters may be away: one up to six letters
    /// (`calon` is two from `paslon`, a different word, not a slip), two up to ten,
    /// three beyond.
    static func allowed(for length: Int) -> Int { length <= 6 ? 1 : length <= 10 ? 2 : 3 }

    /// Optimal string alignment distance (Damerau–Levenshtein without repeated edits
    /// of one substring), in two rows plus the one before for swaps.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], before[j - 2] + 1)
                }
            }
            (before, previous, current) = (previous, current, before)
        }
        return previous[b.count]
    }
}

import Foundation
import NetraCore

/// The shorter forms of names and units a frame asked for, kept for the next frames.
///
/// Why: `Shortening.candidates` is a pure function of the value, the width, the kind and
/// the office's abbreviations, and the overview asks it again on every keystroke for the
/// same units. A `j` at 100k officers spent 17 % of its frame there (each unit tried
/// against ~75 abbreviations, then cut several ways). Forms do not depend on what else
/// the frame shows (`DrawContext.fit` still chooses among them per frame), so a form
/// made once holds for every later frame with the same inputs.
///
/// Shared by the terminal loop and the threads that lay a frame out ahead of it, hence
/// the lock. Bounded: past `limit` values it starts afresh (a resize or a long scroll
/// through a million names must not grow it for ever).
final class ShorteningMemo: @unchecked Sendable {
    /// Everything a value's forms depend on.
    private struct Key: Hashable {
        var kind: Shortening
        var value: String
        var width: Int
        var own: [Abbreviations.Entry]
    }

    static let shared = ShorteningMemo()

    private let lock = NSLock()
    private var forms: [Key: [String]] = [:]
    let limit: Int

    init(limit: Int = 8_192) { self.limit = limit }

    /// How many values are remembered (tests).
    var count: Int { lock.withLock { forms.count } }

    /// `kind.candidates(value, width:, abbreviations:)`, made once per input.
    func candidates(_ kind: Shortening, _ value: String, width: Int, abbreviations: Abbreviations) -> [String] {
        // A value too long for forms is only cut, cheaply, and would crowd the memo.
        guard value.utf8.count <= Shortening.formLimit else { return kind.candidates(value, width: width, abbreviations: abbreviations) }
        let key = Key(kind: kind, value: value, width: width, own: abbreviations.own)
        if let known = lock.withLock({ forms[key] }) { return known }
        let made = kind.candidates(value, width: width, abbreviations: abbreviations)
        lock.withLock {
            if forms.count >= limit { forms.removeAll(keepingCapacity: true) }
            forms[key] = made
        }
        return made
    }
}

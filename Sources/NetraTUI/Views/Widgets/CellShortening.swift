import NetraCore

/// What a value is, which decides how it gives way when its column or line is too
/// narrow — one rule for every panel and list (issue 23):
///
/// - a **name** loses its titles first (`Drs. Hasan Basri, M.Si.` → `Hasan Basri`),
///   then its middle names to initials (`Andi B. Ridwan`), then the rest
///   (`Bambang S.`), and is cut only as a last resort;
/// - a **unit** (or a post) takes the office's own abbreviations (`Kec. Balikpapan
///   Utara`, `Dinas Dikbud`, `BPKAD`), then its inner words shrink, then its middle;
/// - a **code** (a dapil, a decree number) keeps its end, which tells values apart;
/// - **text** is cut between words, never inside or just after a number, a date is
///   kept whole or left out whole.
///
/// Names and units are never shortened to what another name or unit in the same frame
/// shows (`DrawContext.fit`): `Kecamatan Balikp…` stood for six kecamatan.
enum Shortening: Sendable {
    case name, unit, code, text

    /// Whether values that shorten alike must still read apart (people and units).
    var keepsApart: Bool { self == .name || self == .unit }

    /// What makes two values the same thing: two spellings of one unit may read alike.
    func identity(_ value: String) -> String {
        switch self {
        case .unit: UnitNames.key(value)
        default: value
        }
    }

    /// A value longer than this is only ever cut: forms are built from whole names,
    /// and a megabyte in a cell must cost what a short one does.
    static let formLimit = 400

    /// `value`'s shorter forms, most telling first, each no wider than `width`; the
    /// cuts (several, so that values sharing a beginning can still be told apart) last.
    func candidates(_ value: String, width: Int, abbreviations: Abbreviations) -> [String] {
        guard width > 0 else { return [""] }
        if DisplayWidth.of(value, atMost: width) <= width { return [value] }
        var out: [String] = []
        func add(_ s: String) {
            if DisplayWidth.of(s, atMost: width) <= width, !out.contains(s), !Self.cutsANumber(s) { out.append(s) }
        }
        guard value.utf8.count <= Self.formLimit else {
            add(TextFit.words(value, width: width))
            return out.isEmpty ? [DisplayWidth.fit(value, to: width)] : out
        }
        switch self {
        case .name:
            let name = PersonName(value)
            for form in name.forms { add(form) }
            for cut in Self.endCuts(name.bare, width: width) { add(cut) }
        case .unit:
            var form = value
            while let next = abbreviations.applyingNext(to: form) {
                add(next)
                form = next
            }
            for step in Self.innerWordSteps(form) { add(step) }
            for cut in Self.middleCuts(form, width: width) { add(cut) }
            for cut in Self.endCuts(form, width: width) { add(cut) }
        case .code:
            for cut in Self.middleCuts(value, width: width) { add(cut) }
        case .text:
            add(TextFit.words(value, width: width))
        }
        if out.isEmpty { out.append(TextFit.words(value, width: width)) }
        return out
    }

    /// A cut that leaves a digit just before `…` has cut a number (`1 Apr 202…`).
    static func cutsANumber(_ s: String) -> Bool {
        guard let mark = s.firstIndex(of: "…"), mark > s.startIndex else { return false }
        return s[s.index(before: mark)].isNumber
    }

    /// The longest inner word shrinks a letter at a time down to three letters
    /// (`Kec. Balikp… Barat`); the first and the last word stay whole.
    static func innerWordSteps(_ text: String) -> [String] {
        var words = text.split(separator: " ").map(String.init)
        guard words.count >= 3 else { return [] }
        var steps: [String] = []
        while true {
            let inner = 1..<(words.count - 1)
            guard let longest = inner.filter({ !words[$0].contains(where: \.isNumber) })
                    .max(by: { words[$0].count < words[$1].count }), words[longest].count > 4 else { break }
            var word = words[longest]
            if word.hasSuffix("…") { word.removeLast() }
            word.removeLast()
            words[longest] = word + "…"
            steps.append(words.joined(separator: " "))
        }
        return steps
    }

    /// `head…tail` in `width` columns, the tail from the larger half to most of the
    /// width (the end carries the place or the number).
    static func middleCuts(_ text: String, width: Int) -> [String] {
        guard width > 4 else { return [] }
        let characters = Array(text)
        var cuts: [String] = []
        var tailWidth = (width - 1) / 2 + (width - 1) % 2
        while tailWidth <= width - 3 {
            let headWidth = width - 1 - tailWidth
            var head = "", tail = "", used = 0
            for ch in characters {
                if used + DisplayWidth.of(ch) > headWidth { break }
                head.append(ch)
                used += DisplayWidth.of(ch)
            }
            used = 0
            for ch in characters.reversed() {
                if used + DisplayWidth.of(ch) > tailWidth { break }
                tail.insert(ch, at: tail.startIndex)
                used += DisplayWidth.of(ch)
            }
            cuts.append(head.trimmingTrailingSpaces + "…" + tail)
            tailWidth += 1
        }
        return cuts
    }

    /// `text` cut at its end to `width` columns, then a column shorter each time (so a
    /// cut can stop before a digit).
    static func endCuts(_ text: String, width: Int) -> [String] {
        (max(2, width - 3)...max(2, width)).reversed().map { DisplayWidth.fit(text, to: $0) }
    }

    /// The first form that fits, without regard to other values (a heading, a lone value).
    func fit(_ value: String, width: Int, abbreviations: Abbreviations) -> String {
        candidates(value, width: width, abbreviations: abbreviations)[0]
    }

    /// A column heading in `width` columns: whole, else its short form (`lewat`), else
    /// its first letters with a dot (`Sumb.`). Headings give way before values do.
    static func heading(_ forms: [String], width: Int) -> String {
        guard width > 0 else { return "" }
        if let whole = forms.first(where: { DisplayWidth.of($0) <= width }) { return whole }
        let last = forms.last ?? ""
        // A code (`SE-WALIKOTA-2023`) keeps its end, where the number is.
        if last.contains(where: \.isNumber) { return Shortening.code.fit(last, width: width, abbreviations: Abbreviations(own: [])) }
        guard width >= 3 else { return DisplayWidth.fit(last, to: width).replacingOccurrences(of: "…", with: "") }
        return DisplayWidth.fit(last, to: width - 1).replacingOccurrences(of: "…", with: "") + "."
    }
}

/// What a frame shows for each name and unit it shortened: the record that keeps
/// two of them from reading alike, and what the frame test reads.
struct ShownNames {
    /// A value drawn through `DrawContext.fit`.
    struct Entry: Equatable {
        let kind: Shortening
        let value: String
        let shown: String
    }

    /// Shown text → the identity of the value it stands for, and that value.
    private(set) var owner: [String: String] = [:]
    private(set) var ownerValue: [String: String] = [:]
    private(set) var entries: [Entry] = []

    func isTaken(_ shown: String, by identity: String) -> Bool { owner[shown].map { $0 != identity } ?? false }

    mutating func record(_ kind: Shortening, value: String, identity: String? = nil, shown: String) {
        let identity = identity ?? kind.identity(value)
        if owner[shown] == nil {
            owner[shown] = identity
            ownerValue[shown] = value
        }
        entries.append(Entry(kind: kind, value: value, shown: shown))
    }
}

extension DrawContext {
    /// The abbreviations this frame uses: the office's own from `netra.toml`, then the table.
    var abbreviations: Abbreviations { Abbreviations(own: input.model.dataset.settings.abbreviations) }

    /// One value in `width` columns (see `fit(_:as:width:)`).
    mutating func fit(_ value: String, as kind: Shortening, width: Int) -> String {
        fit([value], as: kind, width: width)[value] ?? ""
    }

    /// `values` in `width` columns each, as `kind` says; a name or unit never reads
    /// like another one shown in this frame (here or earlier): where two forms
    /// collide, both take their next form; a full value that fits is never changed.
    mutating func fit(_ values: [String], as kind: Shortening, width: Int) -> [String: String] {
        var distinct: [String] = [], seen = Set<String>()
        for v in values where seen.insert(v).inserted { distinct.append(v) }
        // Each value's identity once (a unit's key costs a fold of its words).
        var identities: [String: String] = [:]
        if kind.keepsApart { for v in distinct { identities[v] = kind.identity(v) } }
        func identity(_ v: String) -> String { identities[v] ?? kind.identity(v) }
        let table = kind == .unit ? abbreviations : Abbreviations(own: [])
        var options: [String: [String]] = [:]
        var choice: [String: Int] = [:]
        for v in distinct {
            options[v] = ShorteningMemo.shared.candidates(kind, v, width: width, abbreviations: table)
            choice[v] = 0
        }
        func shown(_ v: String) -> String { options[v]![choice[v]!] }
        if kind.keepsApart {
            // Each round moves every value in a collision one form on; a full value
            // that fits is the name itself and stays.
            for _ in 0..<64 {
                var byShown: [String: [String]] = [:]
                for v in distinct { byShown[shown(v), default: []].append(v) }
                var moved = false
                for v in distinct {
                    let s = shown(v), id = identity(v)
                    let clash = byShown[s]!.contains { identity($0) != id } || names.isTaken(s, by: id)
                    guard clash, s != v, choice[v]! + 1 < options[v]!.count else { continue }
                    choice[v]! += 1
                    moved = true
                }
                if !moved { break }
            }
            // Still alike (every form used up): each takes its start and its end with
            // the middle left out, split where no other value shares both (see `apart`).
            var byShown: [String: [String]] = [:]
            for v in distinct { byShown[shown(v), default: []].append(v) }
            var alike: [String] = []
            for (s, group) in byShown where Set(group.map(identity)).count > 1 || group.contains(where: { names.isTaken(s, by: identity($0)) }) {
                alike += group.filter { $0 != s }
            }
            if !alike.isEmpty {
                let settled = Set(distinct.filter { !alike.contains($0) }.map(shown))
                // Cut from the abbreviated names where they still tell units apart.
                let base: (String) -> String = kind == .unit ? { table.applyingAll(to: $0) } : kind == .name ? { PersonName($0).bare } : { $0 }
                let apart = Self.apart(alike, among: distinct + names.ownerValue.values, identity: identity, base: base, width: width,
                                       avoiding: settled.union(names.owner.keys))
                for (v, cut) in apart {
                    options[v]!.append(cut)
                    choice[v] = options[v]!.count - 1
                }
            }
        }
        var result: [String: String] = [:]
        for v in distinct {
            let s = shown(v)
            result[v] = s
            if kind.keepsApart { names.record(kind, value: v, identity: identity(v), shown: s) }
        }
        return result
    }

    /// `value` cut just after the first letter where it differs from every one of
    /// `others` (`Dinas Pert…` beside `Dinas Perd…`); where that letter lies beyond the
    /// width, the words before it give way in the middle (`Dinas P…Kota Ba…`).
    /// Cuts `head…tail` of `values` in `width` columns that no two different values
    /// of `among` share. Each value takes the most balanced split (head and tail
    /// lengths) for which no value of another identity has both the same head and the
    /// same tail; two cuts alike would need the same split and the same head and
    /// tail, so none is alike. A cut also avoids the texts in `avoiding` (what the
    /// frame already shows). A value no split tells apart keeps its end cut.
    static func apart(_ values: [String], among: [String], identity: (String) -> String, base: (String) -> String = { $0 }, width: Int,
                      avoiding: Set<String>) -> [String: String] {
        guard width >= 3 else { return [:] }
        let total = width - 1
        var splits: [Int] = []  // tail lengths, most balanced first
        let middle = max(1, total / 2)
        for step in 0..<total {
            for tail in [middle + step, middle - step] where tail >= 1 && tail <= total - 1 && !splits.contains(tail) { splits.append(tail) }
        }
        let everyone = Array(Set(among)).map { (value: $0, characters: Array(base($0)), identity: identity($0)) }
        func parts(_ c: [Character], tail: Int) -> (String, String)? {
            guard c.count > total else { return nil }
            return (String(c[..<(total - tail)]), String(c[(c.count - tail)...]))
        }
        var owners: [Int: [String: Set<String>]] = [:]
        func ownersOf(_ tail: Int) -> [String: Set<String>] {
            if let known = owners[tail] { return known }
            var map: [String: Set<String>] = [:]
            for e in everyone {
                guard let (h, t) = parts(e.characters, tail: tail) else { continue }
                map[h + "\u{1}" + t, default: []].insert(e.identity)
            }
            owners[tail] = map
            return map
        }
        var out: [String: String] = [:]
        for v in values {
            let c = Array(base(v)), id = identity(v)
            for tail in splits {
                guard let (h, t) = parts(c, tail: tail), ownersOf(tail)[h + "\u{1}" + t] == [id] else { continue }
                let cut = h + "…" + t
                if avoiding.contains(cut) || DisplayWidth.of(cut) > width || Shortening.cutsANumber(cut) { continue }
                out[v] = cut
                break
            }
        }
        return out
    }
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}

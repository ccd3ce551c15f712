import Foundation
import NetraCore

// The pieces `Shortening` builds its forms from: a person's name with its titles
// apart, and words fitted to a line without cutting a number or a date.

/// A person's name as SIASN writes it beside its titles: `Dr. H. Mulyadi Rahman,
/// S.Sos., M.Si.` is titles `Dr. H.`, words `Mulyadi Rahman`, titles `S.Sos., M.Si.`.
struct PersonName {
    let full: String
    let words: [String]

    /// Titles written before a name (compared without case and the final dot).
    static let titlesBefore: Set<String> = ["dr", "drs", "dra", "drg", "ir", "prof", "h", "hj", "kh", "ns", "apt", "hc", "ust", "bpk", "ibu"]

    init(_ text: String) {
        full = text
        let main = text.split(separator: ",", maxSplits: 1).first.map(String.init) ?? text
        var tokens = main.split(separator: " ").map(String.init)
        while tokens.count > 1, let first = tokens.first,
              Self.titlesBefore.contains(first.lowercased().trimmingCharacters(in: ["."])) {
            tokens.removeFirst()
        }
        words = tokens
    }

    /// The name without its titles.
    var bare: String { words.joined(separator: " ") }

    /// Shorter and shorter: without titles; middle names as initials (`Andi B.
    /// Ridwan`); every name after the first as an initial (`Bambang S.`); then, for
    /// telling apart two people who share those, the last name's first letters
    /// (`Bambang Su.`).
    var forms: [String] {
        var forms = [full, bare]
        guard words.count >= 2 else { return forms }
        let first = words[0], last = words[words.count - 1]
        let middle = words.dropFirst().dropLast().map(Self.initial)
        if !middle.isEmpty { forms.append(([first] + middle + [last]).joined(separator: " ")) }
        forms.append(([first] + middle + [Self.initial(last)]).joined(separator: " "))
        let letters = Array(last)
        if letters.count > 2 {
            for k in 2..<letters.count { forms.append(([first] + middle + [String(letters.prefix(k)) + "."]).joined(separator: " ")) }
        }
        // Two people who differ only in a middle name (`Andi Baso Ridwan`, `Andi Basri
        // Ridwan`): that name's first letters, the last name whole.
        for (i, word) in words.dropFirst().dropLast().enumerated() where word.count > 2 {
            for k in 2..<word.count {
                var shown = middle
                shown[i] = String(word.prefix(k)) + "."
                forms.append(([first] + shown + [last]).joined(separator: " "))
            }
        }
        return forms
    }

    static func initial(_ word: String) -> String {
        guard let c = word.first, c.isLetter, word.count > 1 else { return word }
        return String(c) + "."
    }
}

/// Fitting words to a line without cutting what carries the meaning.
enum TextFit {
    /// `text` in `width` columns: whole when it fits; else cut between words with `…`,
    /// never inside a word that holds a digit and never just after one — a date
    /// (`1 Apr 2023`) stays whole or goes whole; a single long word is cut by letters,
    /// short of any digit.
    static func words(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        if DisplayWidth.of(text, atMost: width) <= width { return text }
        let tokens = tokensKeepingDates(DisplayWidth.head(text, scalars: DisplayWidth.scalarBudget(columns: width) + 8).text)
        var kept: [String] = [], used = 0
        for token in tokens {
            let w = DisplayWidth.of(token) + (kept.isEmpty ? 0 : 1)
            if used + w > width - 1 {
                // A word longer than the whole line (a pasted blob) has no better place
                // to break: its first letters fill the room, short of a digit.
                if DisplayWidth.of(token, atMost: width) > width, !kept.isEmpty, width - 1 - used > 2 {
                    var letters = Array(DisplayWidth.fit(token, to: width - used - 1).dropLast())
                    while let last = letters.last, last.isNumber { letters.removeLast() }
                    if !letters.isEmpty { return kept.joined(separator: " ") + " " + String(letters) + "…" }
                }
                break
            }
            kept.append(token)
            used += w
        }
        // Never end on a number: a count or a date without its end misleads. A whole
        // date or count closed by its comma (`sejak 1 Apr 2023,…`) is kept: the comma
        // says it ended, and it is the figure the line is for.
        while let last = kept.last, last.last?.isNumber == true || last.last.map({ ",;:·-—(".contains($0) }) == true {
            if Self.closesAFigure(last) { break }
            kept.removeLast()
        }
        if !kept.isEmpty { return kept.joined(separator: " ") + "…" }
        // One long first word: cut by letters, then back to the last letter before a digit.
        var cut = Array(DisplayWidth.fit(text, to: width).dropLast())
        while let last = cut.last, last.isNumber || last == " " { cut.removeLast() }
        return cut.isEmpty ? "…" : String(cut) + "…"
    }

    /// A token that is a figure closed by a comma or semicolon: `2023,`, `1 Apr 2023;`.
    static func closesAFigure(_ token: String) -> Bool {
        guard let end = token.last, end == "," || end == ";" else { return false }
        return token.dropLast().last?.isNumber == true
    }

    /// The words of `text`, with a day, month and year (`1 Apr 2023`) and a time with
    /// its zone (`00:59 WITA`) held together as one.
    static func tokensKeepingDates(_ text: String) -> [String] {
        let words = text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var out: [String] = []
        var i = 0
        while i < words.count {
            var token = words[i]
            if i + 1 < words.count, token.drop(while: { $0 == "(" }).allSatisfy(\.isNumber), isMonth(words[i + 1]) {
                token += " " + words[i + 1]
                i += 1
                if i + 1 < words.count, words[i + 1].first?.isNumber == true {
                    token += " " + words[i + 1]
                    i += 1
                }
            } else if i + 1 < words.count, token.contains(":"), token.first?.isNumber == true,
                      ["WIB", "WITA", "WIT", "WITA)", "WIB)", "WIT)"].contains(words[i + 1]) {
                token += " " + words[i + 1]
                i += 1
            }
            out.append(token)
            i += 1
        }
        return out
    }

    static let monthWords: Set<String> = ["jan", "feb", "mar", "apr", "mei", "may", "jun", "jul", "agu", "agt", "aug", "sep", "okt", "oct",
                                          "nov", "des", "dec"]

    static func isMonth(_ word: String) -> Bool {
        monthWords.contains(String(word.lowercased().prefix(3))) && word.count <= 9 && !word.contains(where: \.isNumber)
    }
}

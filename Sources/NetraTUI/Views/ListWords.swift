import Foundation
import NetraCore

/// A name as it sorts: without the titles written around it (`H.`, `Drs.`, `dr.`,
/// `, S.Pd., M.Si.`), folded, so `Drs. H. Ahmad Noor` sorts under A.
enum NameKey {
    /// Titles written before a name (compared without case and dots).
    static let prefixes: Set<String> = ["h", "hj", "drs", "dra", "dr", "drg", "ir", "prof", "kh", "ust", "ustadz", "r", "rr", "raden", "hajjah", "haji", "st", "tgh"]

    static func sortKey(_ name: String) -> String {
        // Most names carry no title: no comma, no dot, and a first word that is no title.
        if !name.utf8.contains(UInt8(ascii: ",")) && !name.utf8.contains(UInt8(ascii: ".")),
           !prefixes.contains(String(name.prefix(while: { $0 != " " })).lowercased()) {
            return SearchIndex.fold(name)
        }
        // After a comma come the degrees.
        let bare = name.split(separator: ",", maxSplits: 1).first.map(String.init) ?? name
        var words = bare.split(separator: " ")
        while words.count > 1, let first = words.first, prefixes.contains(first.lowercased().replacingOccurrences(of: ".", with: "")),
              first.hasSuffix(".") || first.count <= 2 || prefixes.contains(first.lowercased()) {
            words.removeFirst()
        }
        return SearchIndex.fold(words.joined(separator: " "))
    }
}

/// A request's processing stage as a track: `██░░ di BKN`, or `✕ ditolak`.
enum RequestTrack {
    static let order: [RequestStage] = [.filed, .verified, .sent, .decreed]

    static func text(_ stage: RequestStage, _ text: UIText, _ glyphs: Glyphs) -> String {
        if stage == .rejected { return "✕ " + text.stage(stage) }
        let reached = (order.firstIndex(of: stage) ?? 0) + 1
        return String(repeating: glyphs.barFull, count: reached) + String(repeating: glyphs.barEmpty, count: 4 - reached) + " " + text.stage(stage)
    }

    /// Sorts rejected first (most in need), then by how far the request got.
    static func rank(_ stage: RequestStage) -> Int { stage == .rejected ? 0 : (order.firstIndex(of: stage) ?? 0) + 1 }
}

/// Sentences about a list as a whole.
enum ListWords {
    /// What an empty list says: what was searched and filtered, or that there is no data.
    static func empty(_ input: ViewInput) -> String {
        let text = input.text, state = input.state
        let query = state.search[state.view] ?? ""
        let conditions = state.conditions[state.view] ?? []
        var parts: [String] = []
        if !query.isEmpty { parts.append(String(format: text(.noMatch), UntrustedText.sanitized(query))) }
        if !conditions.isEmpty { parts.append(text(.noMatchConditions) + " " + conditionsText(conditions, input)) }
        let room = state.view.room(for: input)
        if state.filter[state.view] ?? 0 != 0 {
            let labels = room.filterLabels(input)
            parts.append("\(text(.filter)): \(labels[(state.filter[state.view] ?? 0) % labels.count])")
        }
        return parts.isEmpty ? text(.noRows) : parts.joined(separator: " · ")
    }

    /// `Unit kerja = Dinas Kesehatan, Partai = Partai Karya Rakyat`.
    static func conditionsText(_ conditions: [FieldCondition], _ input: ViewInput) -> String {
        let fields = input.state.view.room(for: input).table(input)?.fields ?? []
        return conditions.map { c in
            let title = fields.first { $0.key == c.key }?.title ?? c.key
            return "\(title) = \(UntrustedText.sanitized(c.value))"
        }.joined(separator: ", ")
    }
}

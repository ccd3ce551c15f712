/// Names the skipped roster rows whose officer has a request or case still open.
///
/// A candidate's row names itself from its own cells (`RecordReaders.skippedOfficer`).
/// Anyone else's row can only be tied to an open matter through a NIP: the row's own
/// digits when they can be read, or the NIP the last good roster gave an officer of the
/// row's name (`LiveFolder` remembers those). Without the name, an officer whose row
/// was mistyped leaves a bare line number, and their retirement request shows
/// "(tidak dikenal)": a quiet loss the issue counts as a false all-clear.
enum SkippedRows {
    /// `diagnostics` with each matching skipped row renamed and marked. A NIP still on
    /// the roster is someone else's (another row holds it), so it ties nothing; the
    /// first open request wins over a case, as the more pressing deadline.
    static func named(_ diagnostics: [Diagnostic], in dataset: Dataset) -> [Diagnostic] {
        guard diagnostics.contains(where: { $0.skippedRow.map { !$0.nips.isEmpty } ?? false }) else { return diagnostics }
        var requests: [NIP: RequestKind] = [:]
        for request in dataset.requests where request.stage.isPending && requests[request.nip] == nil {
            requests[request.nip] = request.kind
        }
        var cases: [NIP: String] = [:]
        for item in dataset.cases where item.status.isOpen {
            if let nip = item.nip, cases[nip] == nil { cases[nip] = item.id }
        }
        return diagnostics.map { d in
            guard d.skippedCandidate == nil, d.skippedMatter == nil, let row = d.skippedRow else { return d }
            let matter: Diagnostic.SkippedRow.Matter? = row.nips.lazy.filter { dataset.roster[$0] == nil }.compactMap { nip in
                requests[nip].map { .request($0) } ?? cases[nip].map { .neutralityCase($0) }
            }.first
            guard let matter else { return d }
            var named = d
            named.text = Messages.skippedWithMatter(name: row.name, matter: matter, d.text).map { text, _ in UntrustedText.sanitized(text) }
            named.skippedMatter = matter
            return named
        }
    }
}

extension SkippedRows {
    /// The roster's new outcome, each skipped row given the NIPs the previous good
    /// roster knew under the row's name, and those an earlier reading had remembered
    /// for it (so a row still skipped after several saves keeps its officer). Called
    /// by `LiveFolder` as a roster is replaced; a single reading has no past to ask.
    static func remembering(_ outcome: FileOutcome, previous: FileOutcome?) -> FileOutcome {
        guard let previous, outcome.diagnostics.contains(where: { $0.skippedRow.map { !$0.name.isEmpty } ?? false })
        else { return outcome }
        var known: [String: [NIP]] = [:]
        for d in outcome.diagnostics {
            if let row = d.skippedRow, !row.name.isEmpty { known[row.name] = [] }
        }
        for d in previous.diagnostics {
            if let row = d.skippedRow, known[row.name] != nil { known[row.name]! += row.nips }
        }
        if case .officers(let roster) = previous.records {
            // Sanitised as the row's name is; only run when rows were skipped.
            for officer in roster.officers {
                let name = UntrustedText.sanitized(officer.name)
                if known[name] != nil { known[name]!.append(officer.nip) }
            }
        }
        var remembered = outcome
        remembered.diagnostics = outcome.diagnostics.map { d in
            guard var row = d.skippedRow, let nips = known[row.name], !nips.isEmpty else { return d }
            for nip in nips where !row.nips.contains(nip) { row.nips.append(nip) }
            var d = d
            d.skippedRow = row
            return d
        }
        return remembered
    }
}

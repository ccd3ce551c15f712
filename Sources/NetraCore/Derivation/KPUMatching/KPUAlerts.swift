/// What a KPU alert is about: the list entry and how sure the match is, or how many
/// lists a recorded candidate was looked for in.
public struct KPUAlertFacts: Sendable, Equatable {
    /// The entry matched (`kpuListedNotRecorded`).
    public var entry: KPUEntry?
    public var score: Int?
    /// `kpu-review.csv` says `sama`.
    public var confirmed: Bool
    /// The lists of the candidate's election that were searched (`kpuCandidateNotListed`).
    public var listsChecked: Int
    /// The office's verdicts file as the folder holds it (`kpu-review.xlsx`), named
    /// by the sentence of a confirmed match.
    public var reviewFile: String

    public init(entry: KPUEntry? = nil, score: Int? = nil, confirmed: Bool = false, listsChecked: Int = 0,
                reviewFile: String = DataFile.kpuReview.fileName) {
        self.entry = entry
        self.score = score
        self.confirmed = confirmed
        self.listsChecked = listsChecked
        self.reviewFile = reviewFile
    }
}

/// The alerts the KPU cross-check raises.
///
/// - An officer who is not a recorded candidate (candidacy none or withdrawn) and is
///   likely on a list: a **warning** — Netra suggests, the office decides. Once the
///   office confirmed it (`sama` in `kpu-review.csv`) and still has not recorded the
///   candidacy: **critical**, the seeds' very story. One alert per officer, for the best
///   match (confirmed, then the highest score, then DCT before DCS). A `bukan` verdict
///   silences that pair for good.
/// - A recorded candidate who is on none of the loaded lists of their election: **info**.
/// Officers no longer in service (SIASN status) raise nothing.
enum KPUAlerts {
    static func alerts(_ check: KPUCrossCheck, dataset: Dataset) -> [Alert] {
        var out: [Alert] = []
        var best: [NIP: KPUMatch] = [:]
        for match in check.matches where match.counts && !match.recorded {
            if let current = best[match.nip], !KPUCrossCheck.better(match, current) { continue }
            best[match.nip] = match
        }
        for (nip, match) in best {
            guard dataset.roster[nip]?.isInService ?? false else { continue }
            out.append(Alert(kind: .kpuListedNotRecorded, severity: match.isConfirmed ? .critical : .warning, nip: nip,
                             kpu: KPUAlertFacts(entry: match.entry, score: match.score.value, confirmed: match.isConfirmed,
                                                reviewFile: dataset.storedName(.kpuReview))))
        }
        for (nip, lists) in check.unlisted {
            out.append(Alert(kind: .kpuCandidateNotListed, severity: .info, nip: nip, kpu: KPUAlertFacts(listsChecked: lists)))
        }
        return out
    }
}

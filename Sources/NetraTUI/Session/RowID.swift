import NetraCore

/// The identity of one row on any list: what the selection remembers across reloads
/// and re-sorting, what a click hits, what a link opens, what a reload marks fresh.
///
/// Typed, so that no surface spells an identity one way and another parses it back
/// another way: each case carries the fields that tell its rows apart.
public enum RowID: Hashable, Sendable {
    /// An officer (Pegawai), by NIP.
    case officer(NIP)
    /// A retirement or resignation request, by its officer and its line in the file
    /// (one officer may have several requests).
    case request(NIP, line: Int)
    /// An age retirement coming up without a request.
    case ageRetirement(NIP)
    /// A neutrality case, by its ID.
    case `case`(String)
    /// A circular, by its ID.
    case circular(String)
    /// A unit (OPD), by its name as the roster writes it.
    case unit(String)
    /// A KPU stage, by its ID in schedule.toml.
    case stage(String)
    /// An alert on its own line of the overview.
    case alert(AlertSubject)
    /// A line standing for a group of alerts of one kind and severity.
    case alertGroup(AlertGroup.Key)
    /// One alert listed under its expanded group.
    case alertMember(AlertSubject)
    /// The overview's *Sejak kemarin* line: what changed since the last look.
    case changes
    /// A site of the province (the Wilayah view), by its id.
    case site(String)
    /// A row of one site on a list of the whole province: two sites may hold the same
    /// case ID (or the same NIP, in a test's copied folders), so the site tells them apart.
    indirect case inSite(String, RowID)

    /// The officer the row is about, where the identity says it (a case's officer is
    /// in the case, not in its ID).
    public var nip: NIP? {
        switch self {
        case .officer(let nip), .request(let nip, _), .ageRetirement(let nip): nip
        case .alert(let s), .alertMember(let s): s.nip
        case .inSite(_, let id): id.nip
        case .case, .circular, .unit, .stage, .alertGroup, .changes, .site: nil
        }
    }

    /// The alert a line of the overview stands for (a group stands for several).
    public var alert: AlertSubject? {
        switch self {
        case .alert(let s), .alertMember(let s): s
        default: nil
        }
    }
}

/// What tells alerts apart: their kind and what they are about.
public struct AlertSubject: Hashable, Sendable {
    public let kind: Alert.Kind
    public let nip: NIP?
    public let caseID: String?

    public init(_ alert: Alert) {
        kind = alert.kind
        nip = alert.nip
        caseID = alert.caseID
    }

    public init(kind: Alert.Kind, nip: NIP?, caseID: String?) {
        self.kind = kind
        self.nip = nip
        self.caseID = caseID
    }
}

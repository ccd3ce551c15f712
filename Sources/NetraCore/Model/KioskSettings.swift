import Foundation

/// The `[kiosk]` table of `netra.toml`: how the unattended lobby screen rotates, what
/// it may disclose, and how a staff member unlocks it.
///
/// Every default is the private, locked choice, so a missing or broken `netra.toml`
/// never shows more than a public screen may.
public struct KioskSettings: Sendable, Equatable {
    /// Seconds each page stays on screen.
    public var rotateSeconds = 20
    /// The pages, in rotation order.
    public var pages: [KioskPage] = [.countdown, .overview, .retirements, .schedule, .cases]
    /// At most this many screenfuls of a long list per page: the most urgent rows come
    /// first, and a lobby should not spend an hour on one list.
    public var screensPerPage = 3
    public var privacy = Privacy.publicScreen
    /// The key that starts PIN entry; nothing unlocks without `pinHash`.
    public var unlockKey: UnlockKey = .function(12)
    /// A `crypt(3)` hash of the PIN (`netra kiosk-pin` makes one); `nil`: no unlock.
    public var pinHash: String?
    /// Minutes without a key after which an unlocked screen locks itself again.
    public var relockMinutes = 5
    /// What the countdown page counts to.
    public var countdown = CountdownTarget.nearest
    /// Values that were refused and what is used instead: said on the kiosk's discreet
    /// line as well as by `netra check`.
    public var adjustments: [SettingAdjustment] = []

    public static let rotateRange = 5...3600
    public static let screensRange = 1...100
    public static let relockRange = 1...240
    /// A group smaller than this is shown only inside a larger count; 1 turns that off.
    public static let minGroupRange = 1...100

    public init() {}
}

/// A `[kiosk]` value Netra refused, and the value it uses instead.
public struct SettingAdjustment: Sendable, Equatable {
    public let key: String
    /// As written (sanitised for a screen).
    public let written: String
    public let used: String

    public init(key: String, written: String, used: String) {
        self.key = key
        self.written = UntrustedText.sanitized(written)
        self.used = used
    }
}

/// What the kiosk's countdown page counts to (`[kiosk] countdown`).
public enum CountdownTarget: Sendable, Equatable {
    /// The nearest of every election's voting day and resignation deadline (default).
    case nearest
    /// The next stage to start, whatever it is.
    case next
    /// An election's voting day (`nil`: the nearest one).
    case voting(election: String?)
    /// An election's resignation (decree) deadline (`nil`: the nearest one).
    case deadline(election: String?)
    /// A stage of `schedule.toml`, by id.
    case stage(String)

    /// Reads `nearest`, `next`, `voting`, `voting:ID`, `deadline`, `deadline:ID`, `stage:ID`.
    public init?(setting: String) {
        let parts = setting.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let word = parts.first?.lowercased() ?? ""
        let id = parts.count == 2 && !parts[1].isEmpty ? parts[1] : nil
        switch (word, id) {
        case ("nearest", nil): self = .nearest
        case ("next", nil): self = .next
        case ("voting", _): self = .voting(election: id)
        case ("deadline", _): self = .deadline(election: id)
        case ("stage", let id?): self = .stage(id)
        default: return nil
        }
    }

    /// The value as written in `netra.toml`.
    public var setting: String {
        switch self {
        case .nearest: "nearest"
        case .next: "next"
        case .voting(let e): e.map { "voting:\($0)" } ?? "voting"
        case .deadline(let e): e.map { "deadline:\($0)" } ?? "deadline"
        case .stage(let id): "stage:\(id)"
        }
    }

    /// The forms `countdown` accepts, for messages.
    public static let forms = ["nearest", "next", "voting", "voting:ID", "deadline", "deadline:ID", "stage:ID"]
}

/// One page of the kiosk rotation.
public enum KioskPage: String, Sendable, CaseIterable {
    case countdown, overview, officers, retirements, schedule, cases

    /// Names accepted in `views = [...]`, in both languages.
    public static func named(_ name: String) -> KioskPage? {
        let key = name.lowercased()
        let indonesian: [String: KioskPage] = ["hitung-mundur": .countdown, "ringkasan": .overview, "pegawai": .officers,
                                               "pensiun": .retirements, "tahapan": .schedule, "kasus": .cases]
        return KioskPage(rawValue: key) ?? indonesian[key]
    }
}

/// The key that asks for the PIN: `F1`…`F12`, `ctrl-a`…`ctrl-z` or one printable
/// character.
public enum UnlockKey: Sendable, Equatable, CustomStringConvertible {
    case function(Int)
    case control(Character)
    case character(Character)

    /// Reads `F12`, `ctrl-k` (also `C-k`, `^K`) or a single character.
    public init?(name: String) {
        let lower = name.lowercased()
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...12).contains(n) {
            self = .function(n)
            return
        }
        if Self.isControlName(lower) {
            guard let c = Self.controlLetter(in: lower) else { return nil }
            // Ctrl-C, Ctrl-Z, Ctrl-\ and friends are what a passer-by tries first.
            guard !"cdqsz".contains(c) else { return nil }
            // A key the terminal sends as another one could never unlock.
            guard Self.indistinct[c] == nil else { return nil }
            self = .control(c)
            return
        }
        guard name.count == 1, let c = name.first, c.isASCII, !c.isWhitespace, c.asciiValue! >= 0x21, c.asciiValue! < 0x7F else { return nil }
        self = .character(c)
    }

    /// Control keys a terminal sends as the same byte as another key, so they can
    /// never arrive as themselves: Ctrl-H is Backspace (8), Ctrl-I is Tab (9), Ctrl-J
    /// and Ctrl-M are Enter (10, 13). (Ctrl-[ is Esc, and not a letter anyway.)
    public static let indistinct: [Character: String] = ["h": "Backspace", "i": "Tab", "j": "Enter", "m": "Enter"]

    static let controlPrefixes = ["ctrl-", "ctrl+", "c-", "^"]

    /// Whether `name` (lowercased) is written as a control key.
    static func isControlName(_ lower: String) -> Bool { controlPrefixes.contains { lower.hasPrefix($0) } }

    /// The letter of `ctrl-x` (lowercased name), whatever the key.
    public static func controlLetter(in name: String) -> Character? {
        let lower = name.lowercased()
        guard let prefix = controlPrefixes.first(where: { lower.hasPrefix($0) }) else { return nil }
        let rest = lower.dropFirst(prefix.count)
        guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter else { return nil }
        return c
    }

    public var description: String {
        switch self {
        case .function(let n): "F\(n)"
        case .control(let c): "Ctrl-\(c.uppercased())"
        case .character(let c): String(c)
        }
    }
}

/// How much of a person a screen may show.
public struct Privacy: Sendable, Equatable {
    public enum Names: String, Sendable, CaseIterable {
        /// `Andi Rahmat Saputra, S.Sos.` → `A. R. S.`
        case initials
        /// Not shown at all.
        case hidden
        case full

        /// Higher hides more.
        var strictness: Int {
            switch self {
            case .full: 0
            case .initials: 1
            case .hidden: 2
            }
        }
    }

    public enum NIPs: String, Sendable, CaseIterable {
        /// `198505••••••••1001`: birth year and month, and the last four digits.
        case masked
        case hidden
        case full

        /// Higher hides more.
        var strictness: Int {
            switch self {
            case .full: 0
            case .masked: 1
            case .hidden: 2
            }
        }
    }

    /// Whether persons appear at all on a public screen (`[kiosk] people`).
    public enum People: String, Sendable, CaseIterable {
        /// No person: counts, bars and timelines only (the kiosk default).
        case aggregate
        /// Rows of candidates with initials, candidacy, party and dapil only.
        case initials
        /// The dashboard's lists, written as `names`, `nip` and `case_details` allow.
        case full

        /// Higher hides more.
        var strictness: Int {
            switch self {
            case .full: 0
            case .initials: 1
            case .aggregate: 2
            }
        }
    }

    public var names: Names
    public var nips: NIPs
    /// Whether cases may be listed one by one (with their summaries and officers).
    /// Otherwise a screen shows only counts by status and source.
    public var caseDetails: Bool
    /// Whether persons appear at all; `names`, `nips` and `caseDetails` decide how much
    /// of one is written when they do.
    public var people: People
    /// A group (a party, a dapil) with fewer members is shown only inside a larger count.
    public var minGroup: Int

    /// `people` and `minGroup` default to the private choices.
    public init(names: Names, nips: NIPs, caseDetails: Bool, people: People = .aggregate, minGroup: Int = 3) {
        self.names = names
        self.nips = nips
        self.caseDetails = caseDetails
        self.people = people
        self.minGroup = minGroup
    }

    /// Everything: the office's own dashboard.
    public static let full = Privacy(names: .full, nips: .full, caseDetails: true, people: .full, minGroup: 1)
    /// The kiosk default: no person at all; were rows allowed, initials, masked NIPs
    /// and cases as counts.
    public static let publicScreen = Privacy(names: .initials, nips: .masked, caseDetails: false)
    /// Nothing about a person: what an unreadable privacy value means.
    public static let strictest = Privacy(names: .hidden, nips: .hidden, caseDetails: false)

    /// This privacy after a settings change to `requested` in a running kiosk: each
    /// part may only become stricter. Anyone who can write the shared folder can edit
    /// `netra.toml`, but not the PIN; a loosening waits for the next start (which
    /// someone with access to the machine makes).
    public func tightened(by requested: Privacy) -> Privacy {
        Privacy(names: names.strictness >= requested.names.strictness ? names : requested.names,
                nips: nips.strictness >= requested.nips.strictness ? nips : requested.nips,
                caseDetails: caseDetails && requested.caseDetails,
                people: people.strictness >= requested.people.strictness ? people : requested.people,
                minGroup: max(minGroup, requested.minGroup))
    }

    /// Whether a public screen shows persons in full detail (the kiosk says so): only
    /// with `people = "full"` are names, NIPs and cases written as those settings say.
    public var showsPeopleInFull: Bool { people == .full && showsAnythingInFull }

    /// A name on a kiosk row: with `people = "initials"` never more than initials.
    public func rowName(_ full: String, placeholder: String = "—") -> String {
        people == .full || names == .hidden ? name(full, placeholder: placeholder)
            : (Self.initials(of: full).isEmpty ? placeholder : Self.initials(of: full))
    }

    /// Whether names, NIPs or case details are shown in full (the kiosk says so).
    public var showsAnythingInFull: Bool { names == .full || nips == .full || caseDetails }

    /// A name as this screen may show it; `placeholder` when hidden.
    public func name(_ full: String, placeholder: String = "—") -> String {
        switch names {
        case .full: full
        case .hidden: placeholder
        case .initials: Self.initials(of: full).isEmpty ? placeholder : Self.initials(of: full)
        }
    }

    /// A NIP as this screen may show it.
    public func nip(_ nip: NIP) -> String {
        switch nips {
        case .full: nip.description
        case .hidden: "—"
        case .masked: Self.masked(nip.description)
        }
    }

    /// Keeps the first six and last four characters of an 18-digit NIP; anything else
    /// (never expected) is masked whole.
    public static func masked(_ digits: String) -> String {
        let characters = Array(digits)
        guard characters.count == 18 else { return String(repeating: "•", count: characters.count) }
        return String(characters[0..<6]) + String(repeating: "•", count: 8) + String(characters[14...])
    }

    /// The initials of a name, without academic degrees (after the first comma) and
    /// honorifics written with a full stop (`Dr.`, `H.`, `Ir.`).
    public static func initials(of name: String) -> String {
        let core = name.split(separator: ",", maxSplits: 1).first ?? ""
        let words = core.split(whereSeparator: { $0.isWhitespace })
        let kept = words.filter { !$0.hasSuffix(".") && $0.first?.isLetter == true }
        // A name that is all honorifics still gets initials rather than nothing.
        let source = kept.isEmpty ? words.filter { $0.first?.isLetter == true } : kept
        return source.map { "\($0.first!.uppercased())." }.joined(separator: " ")
    }
}

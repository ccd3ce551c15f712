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

    public static let rotateRange = 5...3600
    public static let screensRange = 1...100
    public static let relockRange = 1...240

    public init() {}
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

    public var names: Names
    public var nips: NIPs
    /// Whether cases may be listed one by one (with their summaries and officers).
    /// Otherwise a screen shows only counts by status and source.
    public var caseDetails: Bool

    public init(names: Names, nips: NIPs, caseDetails: Bool) {
        self.names = names
        self.nips = nips
        self.caseDetails = caseDetails
    }

    /// Everything: the office's own dashboard.
    public static let full = Privacy(names: .full, nips: .full, caseDetails: true)
    /// The kiosk default: initials, masked NIPs, cases as counts.
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
                caseDetails: caseDetails && requested.caseDetails)
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

import Foundation

/// The contents of the optional `netra.toml`.
public struct Settings: Sendable, Equatable {
    /// Empty unless netra.toml names it: the header then shows the folder's name, never
    /// another city's.
    public var region: String = ""
    /// The zone dates and times are shown in, and in which `H-N` counts days.
    public var timeZone: TimeZone = TimeZone(identifier: "Asia/Makassar")!
    /// A theme *name*, looked up on the theme search path; never a path (see
    /// `isThemeName`): the folder must not make Netra read files outside it.
    public var theme: String = "default"
    /// `id` or `en` when netra.toml says so; empty leaves the choice to the
    /// environment's locale, then Indonesian (`Language.chosen`).
    public var language: String = ""
    public var thresholds = AlertThresholds()
    public var cases = CaseFollowSettings()
    public var kiosk = KioskSettings()
    /// `[notify]`: a command or mail when an alert turns critical.
    public var notify = NotifySettings()
    /// Mouse reporting in the dashboard; `false` leaves selection to the terminal.
    public var mouse = true
    /// The dashboard as plain lines for a screen reader (`linear = true`; also
    /// `--linear` and `NETRA_LINEAR=1`).
    public var linear = false
    /// The office's own abbreviations of unit and post names (`[abbreviations]`),
    /// tried before the built-in table (`Abbreviations`).
    public var abbreviations: [Abbreviations.Entry] = []

    public init() {}

    /// A theme name: 1 to 64 ASCII letters, digits, `-` and `_`. No `/`, no `.`, so no
    /// path, no `..` and no `.toml` suffix can turn it into a file elsewhere.
    public static func isThemeName(_ text: String) -> Bool {
        (1...64).contains(text.utf8.count) && text.utf8.allSatisfy {
            ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x5F
        }
    }
}

/// When an approaching deadline turns from information into a warning, and from a
/// warning into a critical alert (`[alerts]` in `netra.toml`).
public struct AlertThresholds: Sendable, Equatable {
    /// Days before a deadline at which a pending matter becomes a warning.
    public var warningDays = 30
    /// Days before a deadline at which it becomes critical.
    public var criticalDays = 7
    /// Working days a request may wait for its decree (PP 11/2017: 14).
    public var processingWorkingDays = 14
    /// Days to follow up a case when `due_on` is empty (Bawaslu: 7).
    public var caseDueDays = 7
    /// How far ahead an age retirement counts as pending.
    public var ageRetirementMonths = 12

    public init() {}
}

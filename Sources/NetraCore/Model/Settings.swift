import Foundation

/// The contents of the optional `netra.toml`.
public struct Settings: Sendable, Equatable {
    public var region: String = "Kota Balikpapan"
    /// The zone dates and times are shown in, and in which `H-N` counts days.
    public var timeZone: TimeZone = TimeZone(identifier: "Asia/Makassar")!
    public var theme: String = "default"
    public var language: String = "id"
    public var thresholds = AlertThresholds()
    public var cases = CaseFollowSettings()
    public var kiosk = KioskSettings()

    public init() {}
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

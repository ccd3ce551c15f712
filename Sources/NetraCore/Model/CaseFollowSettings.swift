/// How long a case may wait after Bawaslu (`[cases]` in `netra.toml`).
///
/// The SKB's own number of days for the PPK is not verified (Kemendagri gave regional
/// heads 3 days in 2020), so it is a setting, not a rule.
public struct CaseFollowSettings: Sendable, Equatable {
    /// Days after the recommendation by which the PPK must decide, when `ppk_due` is empty.
    public var ppkDays = 14
    /// Days a forwarded case may wait for its recommendation before it is a warning.
    public var forwardedDays = 30

    public init() {}

    static let ppkRange = 1...365
    static let forwardedRange = 1...730
}

/// `[notify]` in `netra.toml`: who is called when an alert turns critical.
///
/// `command` is split into arguments without a shell (`ArgumentSplit`); the event goes
/// to its standard input as JSON. `mail` goes through the system's `sendmail`.
public struct NotifySettings: Sendable, Equatable {
    /// The program and its arguments; empty: no command.
    public var command: [String] = []
    /// Addresses to mail through `sendmail`; empty: no mail.
    public var mail: [String] = []
    /// Seconds a command (or sendmail) may run before it is killed.
    public var timeoutSeconds = 10
    /// Calls per day (the office's day) at most; past it, one digest per reading.
    public var dailyLimit = 20
    /// The line of `command` in netra.toml, for messages.
    public var commandLine: Int?

    public static let timeoutRange = 1...300
    public static let dailyLimitRange = 1...1000

    public var isConfigured: Bool { !command.isEmpty || !mail.isEmpty }

    public init() {}
}

/// Splits a command line into arguments the way a reader expects, without a shell:
/// spaces separate, `'…'` and `"…"` group, `\` escapes the next character outside
/// single quotes. No variables, globs, pipes or redirections: `$HOME` stays `$HOME`.
public enum ArgumentSplit {
    public enum Problem: Error, Equatable { case unbalancedQuote, empty }

    public static func split(_ text: String) -> Result<[String], Problem> {
        var args: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for c in text {
            if escaped {
                current.append(c)
                escaped = false
                continue
            }
            if let q = quote {
                if c == q { quote = nil } else if c == "\\" && q == "\"" { escaped = true } else { current.append(c) }
                continue
            }
            switch c {
            case "'", "\"":
                quote = c
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case " ", "\t", "\n", "\r":
                if inWord { args.append(current) }
                current = ""
                inWord = false
            default:
                current.append(c)
                inWord = true
            }
        }
        if quote != nil || escaped { return .failure(.unbalancedQuote) }
        if inWord { args.append(current) }
        return args.isEmpty ? .failure(.empty) : .success(args)
    }
}

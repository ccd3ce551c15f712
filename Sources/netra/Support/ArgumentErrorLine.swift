import Foundation
import NetraCore

/// ArgumentParser's refusals (`Error: …`, `Help: …`, `Usage: …`, four English lines)
/// said as one line in the user's language, naming the option and what it accepts.
///
/// The parser keeps parsing; only its report is replaced. Its messages are matched by
/// their fixed English forms; one that matches none (our own `ValidationError`s, which
/// are already worded and translated) is kept, first line only.
enum ArgumentErrorLine {
    /// The line for ArgumentParser's `message` of a refusal, in `language`.
    static func line(_ message: String, arguments: [String], language: Language) -> String {
        let first = message.split(separator: "\n").first.map(String.init) ?? ""
        let text = first.hasPrefix("Error: ") ? String(first.dropFirst("Error: ".count)) : first
        let quoted = quotedParts(text)
        let rendered: Message?
        if text.hasPrefix("The value '"), quoted.count >= 2 {
            let option = optionName(quoted[1])
            rendered = CLIMessages.invalidValue(quoted[0], option: option, accepted: accepted(option, arguments: arguments))
        } else if text.hasPrefix("Missing expected argument '"), let option = quoted.first.map(optionName) {
            rendered = CLIMessages.missingOption(option, accepted: accepted(option, arguments: arguments))
        } else if text.hasPrefix("Missing value for '"), let option = quoted.first.map(optionName) {
            rendered = CLIMessages.missingValue(option, accepted: accepted(option, arguments: arguments))
        } else if text.hasPrefix("Unknown option '"), let option = quoted.first {
            rendered = CLIMessages.unknownOption(option)
        } else if text.hasPrefix("Unexpected argument '"), let argument = quoted.first {
            rendered = CLIMessages.unexpectedArgument(argument)
        } else {
            rendered = nil
        }
        return UntrustedText.sanitized(rendered?.text(language) ?? text)
    }

    /// What an option accepts, for the command the arguments name.
    static func accepted(_ option: String, arguments: [String]) -> String? {
        let command = arguments.first { ["dashboard", "demo", "check", "snapshot", "export", "themes", "kiosk-pin", "manual"].contains($0) }
        switch option {
        case "--view":
            if command == "export" { return "officers, retirements, schedule, cases" }
            if arguments.contains("--kiosk") { return KioskPage.allCases.map(\.rawValue).joined(separator: ", ") }
            return "overview, officers, retirements, schedule, cases, units, circulars, 1–7"
        case "--lang": return "id, en"
        case "--size": return "COLSxROWS, 1–2000 × 1–1000 (120x40)"
        case "--format": return command == "export" ? "csv, json, xlsx" : "text, json"
        case "--fail-on": return "errors, critical"
        case "--poll": return "0.5, 2, 60 (0 < SECONDS ≤ 3600)"
        case "--as-of": return "2023-05-23T10:00:00+08:00"
        default: return nil
        }
    }

    /// `--view <NAME>` → `--view`.
    private static func optionName(_ quoted: String) -> String {
        String(quoted.prefix { $0 != " " })
    }

    /// The texts between single quotes, in order.
    private static func quotedParts(_ text: String) -> [String] {
        let parts = text.split(separator: "'", omittingEmptySubsequences: false)
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
    }
}

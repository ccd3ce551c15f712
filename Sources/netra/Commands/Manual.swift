import ArgumentParser
import Foundation

/// `netra manual`: the man page, written from the command definitions themselves
/// (ArgumentParser's description of every command and option), so it cannot drift
/// from `--help`. The kiosk recipe installs it as netra(1).
struct Manual: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the man page (troff), made from the command definitions.",
        discussion: "Install it with: netra manual | sudo tee /usr/local/share/man/man1/netra.1 >/dev/null"
    )

    func run() throws {
        try Output.write(ManualPage.troff(json: Netra._dumpHelp()))
    }
}

/// Turns ArgumentParser's JSON description of the command tree into a man page.
enum ManualPage {
    static func troff(json: String) -> String {
        guard let root = try? JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any],
              let command = root["command"] as? [String: Any] else { return "" }
        var out = ".TH NETRA 1 \"\" \"netra \(Netra.version)\" \"User Commands\"\n"
        out += ".SH NAME\nnetra \\- \(escape(command["abstract"] as? String ?? ""))\n"
        out += ".SH SYNOPSIS\n.B netra\n[\\fISUBCOMMAND\\fR] [\\fIOPTIONS\\fR]\n"
        if let discussion = command["discussion"] as? String { out += ".SH DESCRIPTION\n\(escape(discussion))\n" }
        out += ".SH COMMANDS\n"
        for sub in command["subcommands"] as? [[String: Any]] ?? [] {
            let name = sub["commandName"] as? String ?? ""
            guard name != "help" else { continue }
            out += ".SS netra \(escape(name))\n\(escape(sub["abstract"] as? String ?? ""))\n"
            if let discussion = sub["discussion"] as? String { out += ".PP\n\(escape(discussion))\n" }
            for argument in sub["arguments"] as? [[String: Any]] ?? [] {
                guard argument["shouldDisplay"] as? Bool ?? true else { continue }
                let names = (argument["names"] as? [[String: Any]] ?? []).compactMap { n -> String? in
                    guard let text = n["name"] as? String else { return nil }
                    return (n["kind"] as? String) == "short" ? "-\(text)" : "--\(text)"
                }
                let value = argument["valueName"] as? String
                let label = names.isEmpty ? "<\(value ?? "")>" : names.joined(separator: ", ") + ((argument["kind"] as? String) == "option" ? " <\(value ?? "")>" : "")
                guard !names.contains("--help") else { continue }
                out += ".TP\n\\fB\(escape(label))\\fR\n\(escape(argument["abstract"] as? String ?? ""))"
                if let def = argument["defaultValue"] as? String { out += " (default: \(escape(def)))" }
                out += "\n"
            }
        }
        out += ".SH ENVIRONMENT\n.TP\n.B NETRA_DATA\nThe data folder when --data is not given (else the current folder).\n"
        out += ".TP\n.B NO_COLOR\nAny value turns colour off.\n"
        out += ".TP\n.B LC_ALL, LC_MESSAGES, LANG\nThe first set of these picks the language when neither --lang nor netra.toml's language does: "
            + "id_ID… Indonesian, en_… English; C, POSIX and others leave Indonesian.\n"
        out += ".SH FILES\nThe data folder holds officers.csv, retirements.csv, cases.csv, schedule.toml and netra.toml; see README.md.\n"
        return out
    }

    /// Backslashes doubled, and a leading dot or quote kept from being read as a request.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "\\", with: "\\\\").split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(".") || line.hasPrefix("'") ? "\\&" + line : String(line)
        }.joined(separator: "\n")
    }
}

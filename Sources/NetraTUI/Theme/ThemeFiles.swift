import Foundation
import NetraCore

/// Reads theme files and finds them on the search path.
///
/// Two ways in, on purpose: `netra.toml` may only *name* a theme (`load(named:)`, the
/// search path only), because whoever writes the shared folder must not make Netra read
/// a file elsewhere on the kiosk; a path is taken only from the command line
/// (`load(commandLine:)`). A file that is not a theme (not TOML, no `[styles]`) is
/// reported without quoting any of its content.
public enum ThemeFiles {
    /// Parses a theme file; unknown keys, unknown roles and bad colours are reported
    /// and the built-in default fills in for what is missing or wrong.
    public static func parse(_ text: String, path: String, name: String) -> (Theme, [Diagnostic]) {
        func warning(_ line: Int?, _ message: Message) -> Diagnostic { Diagnostic(.warning, .file(path, line: line), message) }
        let fallback = Theme(name: name, description: "", styles: Theme.builtInDefault.styles)
        let root: TOML.Table
        do { root = try TOML.parse(text) } catch {
            return (fallback, [warning(error.line, Messages.themeNotTOML)])
        }
        guard let styles = root["styles"]?.table else {
            return (fallback, [warning(root["styles"]?.line, Messages.themeWithoutStyles)])
        }
        var problems: [Diagnostic] = []
        var theme = Theme(name: name, description: "", styles: [:])
        for key in root.keys where !["name", "description", "styles"].contains(key) {
            problems.append(warning(root[key]?.line, Messages.themeUnknownKey(key)))
        }
        if let n = root["name"]?.string { theme.name = n }
        theme.description = root["description"]?.string ?? ""
        let roles = StyleRole.allCases.map(\.rawValue)
        for key in flatKeys(styles) {
            guard let role = StyleRole(rawValue: key.name) else {
                problems.append(warning(key.node.line, Messages.themeUnknownRole(key.name, roles: roles)))
                continue
            }
            guard let table = key.node.table else {
                problems.append(warning(key.node.line, Messages.themeRoleNotTable(key.name)))
                continue
            }
            var style = Style()
            for attribute in table.keys {
                let node = table[attribute]!
                switch attribute {
                case "fg", "bg":
                    guard let color = ThemeColor.parse(node) else {
                        // Spelled out rather than `a ?? b.map(…)`: that form crashes the
                        // Swift 6.3.1 optimiser (CopyPropagation) in release builds.
                        var written: String?
                        if let text = node.string { written = text } else if let number = node.integer { written = String(number) }
                        problems.append(warning(node.line, Messages.themeNotAColour(written)))
                        continue
                    }
                    if attribute == "fg" { style.foreground = color } else { style.background = color }
                case "bold", "underline", "reverse", "dim":
                    guard let flag = node.bool else {
                        problems.append(warning(node.line, Messages.themeFlagNotBool(attribute)))
                        continue
                    }
                    switch attribute {
                    case "bold": style.bold = flag
                    case "underline": style.underline = flag
                    case "reverse": style.reverse = flag
                    default: style.dim = flag
                    }
                default:
                    problems.append(warning(node.line, Messages.themeUnknownStyleKey(attribute)))
                }
            }
            theme.styles[role] = style
        }
        let missing = StyleRole.allCases.filter { theme.styles[$0] == nil }
        if !missing.isEmpty {
            problems.append(warning(styles.keys.first.flatMap { styles[$0]?.line }, Messages.themeMissingRoles(missing.map(\.rawValue))))
            for role in missing { theme.styles[role] = Theme.builtInDefault.styles[role] }
        }
        return (theme, problems)
    }

    /// Role names may be written as quoted keys (`"alert.critical" = {…}`) or as
    /// dotted keys / sub-tables (`[styles.alert] critical = {…}`): both are flattened.
    static func flatKeys(_ table: TOML.Table, prefix: String = "") -> [(name: String, node: TOML.Node)] {
        var out: [(String, TOML.Node)] = []
        for key in table.keys {
            let node = table[key]!
            let name = prefix.isEmpty ? key : "\(prefix).\(key)"
            if let inner = node.table, StyleRole(rawValue: name) == nil, inner.keys.allSatisfy({ node.table?[$0]?.table != nil }) {
                out += flatKeys(inner, prefix: name)
            } else {
                out.append((name, node))
            }
        }
        return out
    }

    /// Where themes are looked for, in order: `$XDG_CONFIG_HOME/netra/themes` (or
    /// `~/.config/netra/themes`), then the `themes/` folder shipped with Netra (found
    /// beside or above the executable, e.g. the repository when run with `swift run`),
    /// then `/usr/local/share/netra/themes` and `/usr/share/netra/themes`.
    public static func searchPath(environment: [String: String], executable: String) -> [String] {
        var path: [String] = []
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { path.append(xdg + "/netra/themes") } else if let home = environment["HOME"] {
            path.append(home + "/.config/netra/themes")
        }
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<5 {
            let candidate = dir.appendingPathComponent("themes").path
            if FileManager.default.fileExists(atPath: candidate + "/default.toml") { path.append(candidate); break }
            dir.deleteLastPathComponent()
        }
        path += ["/usr/local/share/netra/themes", "/usr/share/netra/themes"]
        return path
    }

    /// Resolves `--theme NAME|FILE` from the command line: a path (with `/` or ending in
    /// `.toml`) is read directly; a name is looked up on the search path.
    public static func load(commandLine nameOrPath: String, searchPath: [String]) -> (Theme, [Diagnostic]) {
        let isPath = nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml")
        return isPath ? load(file: nameOrPath) : load(named: nameOrPath, searchPath: searchPath)
    }

    /// The theme `name` from the search path only (what `netra.toml` may ask for).
    /// Falls back to the built-in default, always with a problem saying why.
    public static func load(named name: String, searchPath: [String]) -> (Theme, [Diagnostic]) {
        guard Settings.isThemeName(name) else {
            return (Theme.builtInDefault, [Diagnostic(.warning, .file(name), Messages.themeNotAName(name))])
        }
        for folder in searchPath {
            let (theme, problems) = read("\(folder)/\(name).toml")
            if let theme { return (theme, problems) }
        }
        if name == "default" { return (Theme.builtInDefault, []) }
        if name == "mono" { return (Theme.monochrome, []) }
        return (Theme.builtInDefault, [Diagnostic(.warning, .file(name), Messages.themeNotFound(name, lookedIn: searchPath))])
    }

    /// The theme file at `path` (from the command line, or a file `all` found).
    public static func load(file path: String) -> (Theme, [Diagnostic]) {
        let (theme, problems) = read(path)
        if let theme { return (theme, problems) }
        return (Theme.builtInDefault, [Diagnostic(.warning, .file(path), Messages.themeNotFound(path, lookedIn: [path]))])
    }

    /// Kept for callers written before names and paths were told apart: the same as
    /// `load(commandLine:searchPath:)`.
    public static func load(_ nameOrPath: String, searchPath: [String]) -> (Theme, [Diagnostic]) {
        load(commandLine: nameOrPath, searchPath: searchPath)
    }

    /// Reads and parses one file; `nil` theme when there is no file at `path`.
    private static func read(_ path: String) -> (Theme?, [Diagnostic]) {
        let bytes: [UInt8]
        do { bytes = try SafeFile.read(path, limit: Int64(TOMLFiles.sizeLimit)) } catch {
            if error == .missing { return (nil, []) }
            return (Theme.builtInDefault, [Diagnostic(.warning, .file(path), Messages.themeRefused(error))])
        }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else {
            return (Theme.builtInDefault, [Diagnostic(.warning, .file(path), Messages.themeNotText)])
        }
        let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return parse(text, path: path, name: name)
    }

    /// Every theme file on the search path (first one of each name wins).
    public static func all(searchPath: [String]) -> [(name: String, path: String)] {
        var seen = Set<String>()
        var found: [(String, String)] = []
        for dir in searchPath {
            guard let entries = try? FileManager.default.contentsOfDirectory(atPath: dir) else { continue }
            for entry in entries.sorted() where entry.hasSuffix(".toml") {
                let name = String(entry.dropLast(5))
                if seen.insert(name).inserted { found.append((name, dir + "/" + entry)) }
            }
        }
        return found
    }
}

import Foundation
import ArgumentParser
import NetraTUI

/// The folders themes are looked up in, in order (`ThemeFiles.searchPath`), for this
/// process's environment and executable.
enum ThemeSearch {
    static var path: [String] {
        ThemeFiles.searchPath(environment: ProcessInfo.processInfo.environment, executable: executable)
    }

    /// Where this program really is. `argv[0]` is only what the caller typed — `netra`
    /// when started through `PATH` (as installed, and as shell completion calls it),
    /// which named no folder, so the shipped themes beside the binary were not found
    /// (issue 24, row 10). The kernel's `/proc/self/exe` names the binary through any
    /// link; without it, `argv[0]` is looked up on `PATH` as the shell did.
    static var executable: String {
        if let real = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"), real.hasPrefix("/") {
            return real
        }
        return located(CommandLine.arguments[0], path: ProcessInfo.processInfo.environment["PATH"] ?? "")
    }

    /// `name` as the shell would find it: a name with `/` is a path; else the first
    /// executable file of that name in `path`'s folders.
    static func located(_ name: String, path: String) -> String {
        guard !name.contains("/") else { return name }
        for folder in path.split(separator: ":") where !folder.isEmpty {
            let candidate = "\(folder)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return name
    }
}

extension ThemeSearch {
    /// Shell completion of `--theme`: the names of the themes on the search path.
    static let completion = CompletionKind.custom { _, _, _ in
        ThemeFiles.all(searchPath: ThemeSearch.path).map(\.name)
    }
}

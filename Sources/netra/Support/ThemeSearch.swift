import Foundation
import ArgumentParser
import NetraTUI

/// The folders themes are looked up in, in order (`ThemeFiles.searchPath`), for this
/// process's environment and executable.
enum ThemeSearch {
    static var path: [String] {
        ThemeFiles.searchPath(environment: ProcessInfo.processInfo.environment, executable: CommandLine.arguments[0])
    }
}

extension ThemeSearch {
    /// Shell completion of `--theme`: the names of the themes on the search path.
    static let completion = CompletionKind.custom { _, _, _ in
        ThemeFiles.all(searchPath: ThemeSearch.path).map(\.name)
    }
}

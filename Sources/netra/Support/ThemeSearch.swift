import Foundation
import NetraTUI

/// The folders themes are looked up in, in order (`ThemeFiles.searchPath`), for this
/// process's environment and executable.
enum ThemeSearch {
    static var path: [String] {
        ThemeFiles.searchPath(environment: ProcessInfo.processInfo.environment, executable: CommandLine.arguments[0])
    }
}

import CNcursesw
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What the dashboard does to the terminal besides drawing: stepping aside for the
/// shell (Ctrl-Z) and passing a sequence through (OSC 52 copy).
extension NcursesScreen {
    /// Restores the terminal, stops the process like any shell job (`fg` resumes it),
    /// then takes the screen back and repaints it whole.
    public func suspend() {
        endwin()
        signal(SIGTSTP, SIG_DFL)
        raise(SIGTSTP)
        // Resumed (SIGCONT): refresh re-enters the program's mode and repaints.
        refresh()
    }

    /// Writes bytes straight to the terminal, between ncurses' own output.
    public func writeRaw(_ bytes: [UInt8]) {
        netra_flush_stdout()
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress! + offset, bytes.count - offset) }
            if n > 0 { offset += n } else if n < 0 && errno == EINTR { continue } else { break }
        }
    }
}

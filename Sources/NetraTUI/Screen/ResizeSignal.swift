import NetraCore
#if canImport(Glibc)
import Glibc
#endif

/// A terminal resize (SIGWINCH) as a descriptor the terminal loop can `poll`, beside
/// the keys: ncurses' own handler only sets a flag that the next read of a key turns
/// into `KEY_RESIZE`.
///
/// Why: a resize that arrived while a frame was being drawn (or on another thread)
/// interrupted no `poll`, so the loop slept on until the next key or the next minute
/// with the old frame on screen; `DashboardEndToEndTests` saw a 70-column terminal
/// still showing the 100-column frame after 15 s, under load. This handler writes a
/// byte to a pipe, then calls ncurses' handler, so the flag is set as before and the
/// loop wakes whenever the signal comes. Installed after ncurses' (which ncurses sets
/// up only when it finds the default action).
enum ResizeSignal {
    /// Made once, at install, and kept for the process's life.
    nonisolated(unsafe) private static var pipe: WakePipe?
    nonisolated(unsafe) private static var writeFD: Int32 = -1
    nonisolated(unsafe) private static var previous = sigaction()
    /// Readable after a resize; -1 when the handler could not be installed (then poll as before).
    nonisolated(unsafe) private(set) static var readFD: Int32 = -1

    static func install() {
        guard pipe == nil else { return }
        let made = WakePipe()
        guard made.fileDescriptor >= 0 else { return }
        pipe = made
        writeFD = made.writeEnd
        var action = sigaction()
        action.__sigaction_handler.sa_sigaction = { sig, info, context in
            // Only async-signal-safe calls: write, and ncurses' handler as the kernel
            // would have called it.
            var byte: UInt8 = 1
            _ = write(ResizeSignal.writeFD, &byte, 1)
            let before = ResizeSignal.previous
            if before.sa_flags & SA_SIGINFO != 0 {
                before.__sigaction_handler.sa_sigaction?(sig, info, context)
            } else if let handler = before.__sigaction_handler.sa_handler, unsafeBitCast(handler, to: Int.self) > 1 {
                handler(sig)  // not SIG_DFL (0) nor SIG_IGN (1)
            }
        }
        action.sa_flags = SA_SIGINFO | SA_RESTART
        sigemptyset(&action.sa_mask)
        guard sigaction(SIGWINCH, &action, &previous) == 0 else { return }
        readFD = made.fileDescriptor
    }

    /// Empties the pipe (the resize itself is read from ncurses as `KEY_RESIZE`).
    static func drain() { pipe?.drain() }
}

#if canImport(Glibc)
import Glibc
#endif

/// Which thread takes a signal sent to the process.
///
/// The kernel hands a process-wide signal to any thread that does not block it. The
/// dashboard's loop waits in `poll` on its own thread and learns of a resize only when
/// SIGWINCH interrupts that wait: a helper thread that took the signal instead left the
/// new size unseen until the next minute's wake (a resize test failed once the journal
/// made the process busier). libdispatch's worker threads block these signals already;
/// a thread Netra starts itself calls this first.
public enum SignalMask {
    /// Blocks every signal on the calling thread except those raised by the thread's own
    /// faults (they must reach the thread that caused them).
    public static func leaveAsynchronousSignalsToOtherThreads() {
        var set = sigset_t()
        sigfillset(&set)
        for own in [SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT, SIGSYS] { sigdelset(&set, own) }
        pthread_sigmask(SIG_BLOCK, &set, nil)
    }
}

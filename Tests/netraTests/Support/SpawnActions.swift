import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What every test spawn that may leave a daemon behind (`pg_ctl start`, a tmux server)
/// does in the child: closes every descriptor but 0, 1 and 2.
///
/// Why: suites run in parallel, and a daemon started by one test inherits every
/// descriptor the test process had open at that moment, among them the pipes another
/// test is reading a `netra` child's output from. The daemon holds that pipe's write
/// end for its whole life, so the reader never sees the end of the output, and that
/// test (and, once the pool's threads are all waiting, the whole run) hangs: seen with
/// a test cluster's postmaster holding eleven such pipes while `ClockRangeCommandTests`
/// waited on one for good (session 5; likely what stopped CI at 25 minutes in session 4).
enum SpawnActions {
    /// Adds "close every descriptor from 3 up" to `actions`: glibc's
    /// `posix_spawn_file_actions_addclosefrom_np` (2.34 and later), which Swift's Glibc
    /// module does not import, found at run time. Without it (an older C library), each
    /// of 3…1023 is closed one by one (a descriptor that is not open is no error there).
    static func closeInherited(_ actions: inout posix_spawn_file_actions_t) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            let closeFrom = unsafeBitCast(symbol, to: CloseFrom.self)
            if closeFrom(&actions, 3) == 0 { return }
        }
        for fd in Int32(3)..<1024 where fcntl(fd, F_GETFD) != -1 { posix_spawn_file_actions_addclose(&actions, fd) }
    }
}

import Foundation

/// Background work that holds a lot of memory while it runs takes turns: preparing the
/// lists of a new model and the journal's recording of it run one after the other, not
/// side by side.
///
/// Why: at 1M officers the Pegawai list's first-frame indexes leave about 74 MB resident
/// and the journal's first recording of a roster holds about 60 MB while it writes.
/// Both start as soon as the first model is on screen; side by side their peaks added
/// up, and the dashboard's peak on its very first start was 412–421 MB against a
/// 400 MB goal (every later start, which the journal recognises from its summary's
/// hash, stayed at 393–396 MB). Neither is on the screen's path, so waiting costs the
/// user nothing; at 100k officers each takes a few tens of milliseconds.
public enum OneHeavyAtATime {
    private static let turn = NSLock()

    /// Runs `body` once no other heavy work is running.
    public static func run<T>(_ body: () throws -> T) rethrows -> T {
        turn.lock()
        defer { turn.unlock() }
        return try body()
    }
}

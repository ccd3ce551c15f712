import NetraCore
import Foundation

/// What a list of rows depends on besides the model: the view, its filter, sort and
/// search, and whether the screen is public (a kiosk leaves cases out).
struct RowQuery: Hashable {
    var view: ViewID
    var filter: Int
    var sort: Int
    var search: String
    var publicOnly: Bool
    /// Lists with columns: the column sort in force, the conditions, and the language
    /// (column texts are words of it).
    var columnSort: ColumnSort? = nil
    var conditions: [FieldCondition] = []
    var language: Language = .id
    /// The overview's grouped alert lines: the groups expanded (`nil` for the flat list).
    var expanded: Set<AlertGroup.Key>? = nil
}

/// Remembers row lists for one model, so that a frame over 100k officers does not
/// sort them again, and a search keystroke only scans the already-sorted order.
/// Only the views' row functions write here; drawing never does.
final class RowCache: @unchecked Sendable {
    private let lock = NSLock()
    private var searched: [RowQuery: (query: String, rows: [Int])] = [:]
    private var ids: (key: RowQuery, value: [RowID])?
    private var values: [RowQuery: Any] = [:]
    private var memos: [String: Any] = [:]
    /// Memo keys some thread is computing now, and the signal that one was made.
    private var making: Set<String> = []
    private let madeOne = NSCondition()

    /// The keys of the memos made so far (tests look at what a warm-up left ready).
    var memoKeys: Set<String> { lock.withLock { Set(memos.keys) } }

    /// A value derived from the model alone (a column's ranks, a view's rows), made once.
    ///
    /// Made once even across threads: the reload thread prepares the lists after the
    /// model is shown, and a key that needs a value it is making right now waits for that
    /// value (not for every list) instead of making it a second time beside it.
    func memo<T>(_ key: String, _ compute: () -> T) -> T {
        lock.lock()
        while true {
            // Unwrap the stored `Any` first: a missing entry cast to an optional `T` would
            // otherwise read as a remembered `nil`.
            if let stored = memos[key], let hit = stored as? T { lock.unlock(); return hit }
            guard making.contains(key) else { break }
            lock.unlock()
            madeOne.lock()
            // Woken when any value is made; re-checked under `lock` (a timed wait: the
            // signal may have come between the two locks).
            _ = madeOne.wait(until: Date(timeIntervalSinceNow: 0.01))
            madeOne.unlock()
            lock.lock()
        }
        making.insert(key)
        lock.unlock()
        let value = compute()
        lock.lock()
        memos[key] = value
        making.remove(key)
        lock.unlock()
        madeOne.lock()
        madeOne.broadcast()
        madeOne.unlock()
        return value
    }

    /// A view's rows for `key` (each view stores one type of row per query).
    func rows<T>(_ key: RowQuery, _ compute: () -> T) -> T {
        lock.lock()
        if let stored = values[key], let hit = stored as? T { lock.unlock(); return hit }
        lock.unlock()
        let value = compute()
        lock.lock()
        if values.count > 64 { values.removeAll() }
        values[key] = value
        lock.unlock()
        return value
    }

    /// The row identities for `key`, remembering only the latest list.
    func ids(_ key: RowQuery, _ compute: () -> [RowID]) -> [RowID] {
        lock.lock()
        if let hit = ids, hit.key == key { lock.unlock(); return hit.value }
        lock.unlock()
        let value = compute()
        lock.lock()
        ids = (key, value)
        lock.unlock()
        return value
    }

    /// The last search result over the unsearched list `key` (one per list, so memory
    /// stays small). `compute` gets the previous result when the query only grew
    /// (typing one more letter): every match of "hen" is among the matches of "he".
    func search(_ key: RowQuery, query: String, _ compute: (_ narrowerThan: [Int]?) -> [Int]) -> [Int] {
        lock.lock()
        let previous = searched[key]
        lock.unlock()
        if let previous, previous.query == query { return previous.rows }
        let value = compute(previous.flatMap { query.hasPrefix($0.query) ? $0.rows : nil })
        lock.lock()
        searched[key] = (query, value)
        lock.unlock()
        return value
    }
}

import Foundation

/// Each spoken type's accepted spellings by comparison key, built once per type and
/// kept for the life of the process.
///
/// `SpokenValue.parse` used to work out the key of every spelling of every case on
/// each call: about 60 keys for a roster heading, 55 µs a column, so a 100,000-column
/// heading took seconds on every reload (issue 24, row 7). With the table a heading
/// costs one key and one hash lookup, whatever the number of spellings.
public final class SpokenTable<Value: SpokenValue>: @unchecked Sendable {
    /// What a comparison key stands for.
    public struct Entry: Sendable {
        public let value: Value
        /// Whether the key is one of the value's `fallbackSpellings` (columns only).
        public let isFallback: Bool
    }

    /// Immutable once built; shared between threads.
    private let entries: [String: Entry]
    /// The longest key in UTF-8 bytes: a text whose key is longer names nothing.
    private let longestKey: Int

    init() {
        var entries: [String: Entry] = [:]
        // In case order, first spelling first: the first value to claim a key keeps
        // it, as the old linear search returned the first match.
        for value in Value.allCases {
            let fallback = Set(value.fallbackSpellings.map(Vocabulary.key))
            for spelling in value.spellings {
                let key = Vocabulary.key(spelling)
                if entries[key] == nil { entries[key] = Entry(value: value, isFallback: fallback.contains(key)) }
            }
        }
        self.entries = entries
        longestKey = entries.keys.map(\.utf8.count).max() ?? 0
    }

    /// The value a text names, with whether it is a fallback spelling of it.
    public func entry(_ text: String) -> Entry? {
        Vocabulary.key(text, limit: longestKey).flatMap { entries[$0] }
    }

    /// The value a text names.
    public func value(_ text: String) -> Value? { entry(text)?.value }
}

/// Where the tables live: one per type, made on first use under a lock.
enum SpokenIndex {
    private final class Store: @unchecked Sendable {
        let lock = NSLock()
        var tables: [ObjectIdentifier: AnyObject] = [:]
    }
    private static let store = Store()

    static func table<Value: SpokenValue>(_: Value.Type) -> SpokenTable<Value> {
        let id = ObjectIdentifier(Value.self)
        store.lock.lock()
        defer { store.lock.unlock() }
        if let known = store.tables[id] { return unsafeDowncast(known, to: SpokenTable<Value>.self) }
        let made = SpokenTable<Value>()
        store.tables[id] = made
        return made
    }
}

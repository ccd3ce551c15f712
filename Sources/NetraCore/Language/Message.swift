/// One sentence for a person, kept in both languages until it is shown.
///
/// Readers build messages where they find a problem, long before anyone knows who
/// will read it (the dashboard in Indonesian, a cron mail in English, JSON with
/// both), so a message carries both renderings and the edge picks one with
/// `text(_:)`. A message nobody has translated yet carries English only, and an
/// Indonesian reader gets the English rather than nothing: `indonesian == nil` marks
/// it, and `MessageTableTests` lists every such message in the table.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    public let english: String
    /// `nil` while the sentence has no Indonesian yet.
    public let indonesian: String?

    public init(en english: String, id indonesian: String) {
        self.english = english
        self.indonesian = indonesian
    }

    /// A sentence that exists in English only (for now).
    public init(untranslated english: String) {
        self.english = english
        indonesian = nil
    }

    /// Both renderings from one function of the language, for sentences that are
    /// assembled from parts (lists, sub-messages, plurals).
    public init(_ render: (Language) -> String) {
        english = render(.en)
        indonesian = render(.id)
    }

    private init(english: String, indonesian: String?) {
        self.english = english
        self.indonesian = indonesian
    }

    /// The sentence in `language`; English where no Indonesian exists yet.
    public func text(_ language: Language) -> String {
        switch language {
        case .en: english
        case .id: indonesian ?? english
        }
    }

    public var isTranslated: Bool { indonesian != nil }

    /// The English form, so a message interpolated by old code still reads.
    public var description: String { english }

    /// The same message with each rendering transformed (sanitising, a prefix).
    public func map(_ transform: (String, Language) -> String) -> Message {
        Message(english: transform(english, .en), indonesian: indonesian.map { transform($0, .id) })
    }

    /// Two messages one after the other: untranslated if either part is.
    public static func + (a: Message, b: Message) -> Message {
        Message(english: a.english + b.english,
                indonesian: a.indonesian.flatMap { x in b.indonesian.map { x + $0 } })
    }
}

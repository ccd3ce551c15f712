/// Words the vocabularies put between the spellings they accept. Part of the one
/// message table (`Messages`).
extension Messages {
    /// `unit, party (or opd, partai)`: the word before the aliases.
    static let or = Message(en: "or", id: "atau")
}

/// What a list's file name says about it, for lists whose columns do not: offices save
/// one file per party and dapil and name it so (`DCS-Partai-Nusantara-Maju-Dapil-2.csv`,
/// `DCT_PKB_dapil_3.xlsx`, `Paslon-Walikota-2024.ods`).
///
/// The name's words are split at `-`, `_`, `.` and spaces. The first word naming a
/// kind of list (`DCS`, `DCT`, `Paslon`, `Pilkada`) is the kind; `Dapil` and the words
/// after it up to its number are the dapil (`Dapil 2`, `Dapil Balikpapan 5`); a year (`2023`, `2024`) is dropped; the other
/// words, in order, are the party (`Partai Nusantara Maju`) — except on a Pilkada list,
/// whose other words name the race, not a party. A column of the file wins over its
/// name wherever a row fills it.
public struct KPUFileName: Sendable, Equatable {
    public var kind: KPUListKind?
    public var party: String
    public var district: String

    static let romanNumerals: Set<String> = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

    public init(_ fileName: String) {
        var base = Substring(fileName)
        if let dot = base.lastIndex(of: ".") { base = base[..<dot] }
        let words = base.split { $0 == "-" || $0 == "_" || $0 == " " || $0 == "." }.map(String.init)
        var kind: KPUListKind?
        var partyWords: [String] = []
        var district = ""
        var index = 0
        while index < words.count {
            let word = words[index]
            let key = Vocabulary.key(word)
            if kind == nil, let k = KPUListKind.parse(word) {
                kind = k
            } else if key == "dapil" {
                // The dapil runs to its number (`Dapil-Balikpapan-5-PKB`: `Dapil Balikpapan 5`).
                var taken = [word]
                while index + 1 < words.count {
                    index += 1
                    taken.append(words[index])
                    if words[index].contains(where: \.isNumber) || Self.romanNumerals.contains(words[index].uppercased()) { break }
                }
                district = taken.joined(separator: " ")
            } else if key.count == 4, let year = Int(key), (1999...2099).contains(year) {
                // A year says when, not who.
            } else {
                partyWords.append(word)
            }
            index += 1
        }
        self.kind = kind
        party = kind == .paslon ? "" : partyWords.joined(separator: " ")
        self.district = district
    }
}

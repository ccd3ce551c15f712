/// Retirement ages (batas usia pensiun, BUP) by position: PP 11/2017 Pasal 239–240,
/// UU 20/2023 and, for teachers and lecturers, UU 14/2005.
///
/// When `officers.csv` leaves `bup` empty the age is inferred from the position title.
/// A title is free text, so the inference is deliberately narrow: a rule applies only
/// to words that name the post unambiguously, and `netra check` lists what it inferred
/// so the office can fill the column.
public enum RetirementAge {
    /// Administrators, supervisors, staff, functional Ahli Muda / Ahli Pertama /
    /// skilled grades, and every post no other rule names.
    public static let standard = 58
    /// Any JPT, the JPT Pratama posts of a kota, Ahli Madya, and teachers.
    public static let senior = 60
    /// Ahli Utama and lecturers.
    public static let topFunctional = 65
    /// Professors (guru besar).
    public static let professor = 70

    /// Which line of the table gave an inferred age.
    public enum Rule: String, Sendable, CaseIterable {
        /// `Plt.`, `Pj.`, `Plh.`: an acting official keeps the age of his own post,
        /// which the title does not tell, so the age is never raised.
        case acting
        /// Profesor / Guru Besar (UU 14/2005 Pasal 67(5)): 70.
        case professor
        /// Dosen, lektor (UU 14/2005 Pasal 67(4)): 65.
        case lecturer
        /// Guru of any level (UU 14/2005 Pasal 30(4)): 60.
        case teacher
        /// Functional Ahli Utama: 65.
        case ahliUtama
        /// `Pimpinan Tinggi` or `JPT` anywhere in the title: 60.
        case jpt
        /// Functional Ahli Madya: 60.
        case ahliMadya
        /// A JPT Pratama post of a kota named without the words (Sekretaris Daerah,
        /// Asisten, Staf Ahli, Kepala Dinas/Badan, Inspektur, Sekretaris DPRD, Kepala
        /// Satuan Polisi Pamong Praja): 60.
        case jptPratamaTitle
        /// Anything else: 58.
        case standard

        public var age: Int {
            switch self {
            case .professor: RetirementAge.professor
            case .lecturer, .ahliUtama: RetirementAge.topFunctional
            case .teacher, .jpt, .ahliMadya, .jptPratamaTitle: RetirementAge.senior
            case .acting, .standard: RetirementAge.standard
            }
        }
    }

    /// The age implied by a position title when the file gives none.
    public static func implied(byPosition position: String) -> Int { rule(forPosition: position).age }

    /// The line of the table a position title falls under.
    public static func rule(forPosition position: String) -> Rule {
        let words = Title(position)
        if words.startsWithAny(actingMarks) { return .acting }
        if words.containsAny([["profesor"], ["professor"], ["guru", "besar"]]) { return .professor }
        if words.containsAny([["dosen"], ["lektor"]]) { return .lecturer }
        if words.containsAny([["guru"]]) { return .teacher }
        if words.containsAny([["ahli", "utama"]]) { return .ahliUtama }
        if words.containsAny([["pimpinan", "tinggi"], ["jpt"]]) { return .jpt }
        if words.containsAny([["ahli", "madya"]]) { return .ahliMadya }
        // A functional grade below Madya decides the post, whatever its name says.
        if words.containsAny(lowerFunctionalGrades) { return .standard }
        if words.startsWithAny(jptPratamaTitles), !words.startsWithAny(notJPTPratama) { return .jptPratamaTitle }
        return .standard
    }

    /// TMT pensiun: the first day of the month after the month of the birthday on
    /// which the officer reaches `age` (born 29 Feb: the birthday month is February).
    public static func effectiveDate(born birth: CivilDate, age: Int) -> CivilDate {
        CivilDate(firstOf: birth.month, year: birth.year + age).firstOfNextMonth
    }

    static let actingMarks: [[String]] = [["plt"], ["pj"], ["pjs"], ["plh"], ["pelaksana", "tugas"], ["pelaksana", "harian"],
                                          ["penjabat"]]
    static let lowerFunctionalGrades: [[String]] = [["ahli", "muda"], ["ahli", "pertama"], ["terampil"], ["mahir"],
                                                    ["penyelia"], ["pemula"]]
    /// Eselon II posts of a kota (PP 18/2016), at the start of the title.
    static let jptPratamaTitles: [[String]] = [
        ["sekretaris", "daerah"], ["sekda"], ["asisten"], ["staf", "ahli"], ["staff", "ahli"],
        ["kepala", "dinas"], ["kadis"], ["kepala", "badan"], ["kaban"], ["inspektur"],
        ["sekretaris", "dprd"], ["sekretaris", "dewan"], ["sekwan"],
        ["kepala", "satuan", "polisi", "pamong", "praja"], ["kepala", "satpol"], ["kasatpol"],
    ]
    /// Titles that start like a JPT Pratama post but are not one.
    static let notJPTPratama: [[String]] = [["inspektur", "pembantu"], ["asisten", "apoteker"], ["asisten", "ahli"]]

    /// A title as lowercase words: letters and digits, everything else separates
    /// (`Plt. Kepala Dinas`, `(JPT Pratama)`).
    struct Title {
        let words: [Substring]

        init(_ text: String) {
            words = text.lowercased().split { !($0.isLetter || $0.isNumber) }
        }

        func startsWithAny(_ phrases: [[String]]) -> Bool {
            phrases.contains { phrase in phrase.count <= words.count && zip(phrase, words).allSatisfy { $0 == $1 } }
        }

        func containsAny(_ phrases: [[String]]) -> Bool {
            phrases.contains { phrase in
                guard phrase.count <= words.count else { return false }
                return (0...(words.count - phrase.count)).contains { start in
                    phrase.indices.allSatisfy { words[start + $0] == phrase[$0] }
                }
            }
        }
    }
}

import NetraCore

/// A key press, decoded from the terminal.
public enum Key: Hashable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case tab, backTab, enter, escape, backspace
    case control(Character)
    /// F1…F12.
    case function(Int)
}

/// What the user asked for.
public enum Action: Equatable, Sendable {
    case moveUp, moveDown, pageUp, pageDown, top, bottom
    case nextView, previousView, showView(ViewID)
    case open, back, startSearch, cycleFilter, cycleSort, reload, toggleHelp
    /// `q` closes the overlay on top (help, problems, detail, an untouched picker) and
    /// quits only when none is open; `Ctrl-C` quits from anywhere.
    case quit, quitNow
    /// Lists: filter by a column's value, clear every filter, sort by the column
    /// before (-1) or after (+1) the current one, reverse the sort.
    case filterByValue, clearFilters, sortColumn(Int), reverseSort
    /// Go to what the selected row is about (an alert's officer or case, an officer's
    /// request or case), and back.
    case follow, goBack
    case commandLine, export, copy, suspend
    /// Every problem with the data files, grouped by file (`!`).
    case toggleProblems
    /// A province narrowed to one site: back to every site (`w`, or `Esc` with nothing
    /// else to close).
    case widen
}

/// One row of the key table: the keys, what they do, and the help line.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    /// How the keys are written in the help (`j / ↓`).
    public let label: String
    public let action: Action
    public let help: [Language: String]
    /// Only for a province of several sites: the help, the command line and the linear
    /// key list leave it out elsewhere, so a folder's help is what it always was.
    public var forProvince = false

    public init(keys: [Key], label: String, action: Action, help: [Language: String], forProvince: Bool = false) {
        self.keys = keys
        self.label = label
        self.action = action
        self.help = help
        self.forProvince = forProvince
    }
}

/// The one table that both handles keys and writes the `?` help — they cannot drift.
public enum KeyMap {
    public static let bindings: [KeyBinding] = [
        KeyBinding(keys: [.up, .character("k")], label: "↑ k", action: .moveUp,
                   help: [.id: "baris sebelumnya", .en: "previous row"]),
        KeyBinding(keys: [.down, .character("j")], label: "↓ j", action: .moveDown,
                   help: [.id: "baris berikutnya", .en: "next row"]),
        KeyBinding(keys: [.pageUp], label: "PgUp", action: .pageUp, help: [.id: "halaman sebelumnya", .en: "previous page"]),
        KeyBinding(keys: [.pageDown, .character(" ")], label: "PgDn Spasi", action: .pageDown,
                   help: [.id: "halaman berikutnya", .en: "next page"]),
        KeyBinding(keys: [.character("g"), .home], label: "g Home", action: .top, help: [.id: "ke baris pertama", .en: "first row"]),
        KeyBinding(keys: [.character("G"), .end], label: "G End", action: .bottom, help: [.id: "ke baris terakhir", .en: "last row"]),
        KeyBinding(keys: [.tab, .right, .character("l")], label: "Tab → l", action: .nextView,
                   help: [.id: "tampilan berikutnya", .en: "next view"]),
        KeyBinding(keys: [.backTab, .left, .character("h")], label: "S-Tab ← h", action: .previousView,
                   help: [.id: "tampilan sebelumnya", .en: "previous view"]),
    ] + ViewID.allCases.map { view in
        // One key per view, titled as its tab: the view list is `ViewID`'s alone.
        KeyBinding(keys: [view.key], label: "\(view.number)", action: .showView(view),
                   help: Dictionary(uniqueKeysWithValues: Language.allCases.map { ($0, view.title(in: $0)) }), forProvince: view.needsProvince)
    } + [
        KeyBinding(keys: [.enter], label: "Enter", action: .open, help: [.id: "buka rincian", .en: "open detail"]),
        KeyBinding(keys: [.escape], label: "Esc", action: .back,
                   help: [.id: "tutup jendela / hapus pencarian (baris temuan tetap terpilih)",
                          .en: "close the window / clear the search (the found row stays selected)"]),
        KeyBinding(keys: [.character("/")], label: "/", action: .startSearch,
                   help: [.id: "cari (nama, NIP, unit, isi kasus)", .en: "search (name, NIP, unit, case text)"]),
        KeyBinding(keys: [.character("f")], label: "f", action: .cycleFilter, help: [.id: "ganti saringan", .en: "cycle filter"]),
        KeyBinding(keys: [.character("s")], label: "s", action: .cycleSort, help: [.id: "ganti urutan", .en: "cycle sort"]),
        KeyBinding(keys: [.character("r"), .control("l")], label: "r", action: .reload, help: [.id: "muat ulang data", .en: "reload data"]),
        KeyBinding(keys: [.character("?")], label: "?", action: .toggleHelp, help: [.id: "bantuan ini", .en: "this help"]),
        KeyBinding(keys: [.character("!")], label: "!", action: .toggleProblems,
                   help: [.id: "semua masalah berkas data, per berkas", .en: "every problem in the data files, by file"]),
        KeyBinding(keys: [.character("q")], label: "q", action: .quit,
                   help: [.id: "tutup jendela di atas; tanpa jendela: keluar", .en: "close the window on top; with none open: quit"]),
        KeyBinding(keys: [.control("c")], label: "C-c", action: .quitNow, help: [.id: "keluar seketika", .en: "quit at once"]),
        KeyBinding(keys: [.character("F")], label: "F", action: .filterByValue,
                   help: [.id: "saring menurut nilai kolom (unit, partai, dapil…)", .en: "filter by a column's value (unit, party, district…)"]),
        KeyBinding(keys: [.character("c")], label: "c", action: .clearFilters,
                   help: [.id: "hapus saringan kolom dan pencarian", .en: "clear column filters and search"]),
        KeyBinding(keys: [.character("<")], label: "<", action: .sortColumn(-1),
                   help: [.id: "urut menurut kolom di kiri", .en: "sort by the column to the left"]),
        KeyBinding(keys: [.character(">")], label: ">", action: .sortColumn(1),
                   help: [.id: "urut menurut kolom di kanan", .en: "sort by the column to the right"]),
        KeyBinding(keys: [.character("S")], label: "S", action: .reverseSort, help: [.id: "balik arah urutan", .en: "reverse the sort"]),
        KeyBinding(keys: [.character("o")], label: "o", action: .follow,
                   help: [.id: "ke pegawai / permohonan / kasus terkait", .en: "go to the related officer / request / case"]),
        KeyBinding(keys: [.backspace, .control("o")], label: "BS C-o", action: .goBack,
                   help: [.id: "kembali ke tempat sebelumnya", .en: "back to where you were"]),
        KeyBinding(keys: [.character(":"), .control("p")], label: ": C-p", action: .commandLine,
                   help: [.id: "baris perintah (aksi, tampilan, NIP, unit, ID kasus)", .en: "command line (actions, views, NIP, unit, case ID)"]),
        KeyBinding(keys: [.character("e")], label: "e", action: .export,
                   help: [.id: "ekspor daftar ini (Excel atau CSV) ke folder kerja", .en: "export this list (Excel or CSV) to the working folder"]),
        KeyBinding(keys: [.character("y")], label: "y", action: .copy,
                   help: [.id: "kirim NIP / ID kasus ke papan klip terminal (OSC 52)", .en: "send the NIP / case ID to the terminal's clipboard (OSC 52)"]),
        KeyBinding(keys: [.control("z")], label: "C-z", action: .suspend,
                   help: [.id: "tangguhkan; fg untuk kembali", .en: "suspend; fg to return"]),
        KeyBinding(keys: [.character("w")], label: "w", action: .widen,
                   help: [.id: "kembali ke semua wilayah (Enter di Wilayah menyempitkan ke satu)",
                          .en: "back to every region (Enter on Regions narrows to one)"], forProvince: true),
    ]

    /// The bindings that apply: a folder's leave out the province's.
    static func bindings(province: Bool) -> [KeyBinding] { province ? bindings : bindings.filter { !$0.forProvince } }

    private static let byKey: [Key: Action] = {
        var table: [Key: Action] = [:]
        for binding in bindings { for key in binding.keys { table[key] = binding.action } }
        return table
    }()

    public static func action(for key: Key) -> Action? { byKey[key] }

    /// How a binding's keys are written in the help and the command line: arrows as
    /// glyphs, or in words where the terminal has no arrows (ASCII).
    static func label(_ binding: KeyBinding, glyphs: Glyphs) -> String {
        binding.keys.map { name($0, words: glyphs.arrowsInWords) }.joined(separator: " ")
    }

    static func name(_ key: Key, words: Bool) -> String {
        switch key {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .up: words ? "Up" : "↑"
        case .down: words ? "Down" : "↓"
        case .left: words ? "Left" : "←"
        case .right: words ? "Right" : "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "BS"
        case .control(let c): "C-\(c)"
        case .function(let n): "F\(n)"
        }
    }
}

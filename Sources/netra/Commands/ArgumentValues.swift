import ArgumentParser
import NetraCore
import NetraTUI

// The values of `--lang`, `--view` and `--size` are read by their types, so a value
// none of them knows is refused while parsing, with ArgumentParser's one message
// ("The value 'x' is invalid for '--view <NAME>'" followed by the option's help
// line) and exit status 2.
//
// `allValueStrings` stays empty on purpose: a non-empty list would add
// "(values: …)" to the help texts, which already say what is accepted in their own
// words. Shell completion still offers the names.

extension Language: ExpressibleByArgument {
    /// `id` or `en`.
    public init?(argument: String) {
        self.init(rawValue: argument)
    }

    public static var allValueStrings: [String] { [] }
    public static var defaultCompletionKind: CompletionKind { .list(allCases.map(\.rawValue)) }
}

extension ViewID: ExpressibleByArgument {
    /// A view's name, its Indonesian alias or its number (`ViewID.named`).
    public init?(argument: String) {
        guard let view = ViewID.named(argument) else { return nil }
        self = view
    }

    /// The English name, as in `(default: overview)`.
    public var defaultValueDescription: String { String(describing: self) }
    public static var allValueStrings: [String] { [] }
    public static var defaultCompletionKind: CompletionKind { .list(allCases.map(\.defaultValueDescription)) }
}

extension KioskPage: ExpressibleByArgument {
    /// A kiosk page's name in English or Indonesian (`KioskPage.named`).
    public init?(argument: String) {
        guard let page = KioskPage.named(argument) else { return nil }
        self = page
    }

    public static var allValueStrings: [String] { [] }
    public static var defaultCompletionKind: CompletionKind { .list(allCases.map(\.rawValue)) }
}

/// The size of a `snapshot` frame, written `COLSxROWS` (e.g. `120x40`).
struct FrameSize: ExpressibleByArgument, Equatable {
    let columns: Int
    let rows: Int

    /// Limits that keep a frame printable: a mistyped `120000x40` is refused, not rendered.
    static let columnRange = 1...2000
    static let rowRange = 1...1000

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }

    init?(argument: String) {
        let parts = argument.lowercased().split(separator: "x")
        guard parts.count == 2, let columns = Int(parts[0]), let rows = Int(parts[1]),
              Self.columnRange.contains(columns), Self.rowRange.contains(rows) else { return nil }
        self.init(columns: columns, rows: rows)
    }

    var defaultValueDescription: String { "\(columns)x\(rows)" }
}

/// `snapshot --view`: a dashboard view, or with `--kiosk` a kiosk page. Which of the
/// two is meant depends on `--kiosk`, so a name keeps both readings and
/// `Snapshot.validate()` checks that the one it needs exists.
struct PageName: ExpressibleByArgument {
    /// As typed, for messages.
    let text: String
    let view: ViewID?
    let kioskPage: KioskPage?

    init?(argument: String) {
        let view = ViewID(argument: argument)
        let kioskPage = KioskPage(argument: argument)
        guard view != nil || kioskPage != nil else { return nil }
        self.text = argument
        self.view = view
        self.kioskPage = kioskPage
    }

    var defaultValueDescription: String { text }

    /// `snapshot --view <Tab>`: the views' names, then the kiosk pages' that are not
    /// views' too (countdown), as `--kiosk` takes them.
    static var defaultCompletionKind: CompletionKind {
        let views = ViewID.folderViews.map(\.defaultValueDescription)
        return .list(views + KioskPage.allCases.map(\.rawValue).filter { !views.contains($0) })
    }
}

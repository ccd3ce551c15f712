import ArgumentParser
import Foundation
import NetraCore
import NetraTUI

/// `netra snapshot`: one frame as plain text, for reports, e-mail and tests.
struct Snapshot: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print one dashboard frame as plain text: exactly ROWS lines of at most COLS columns.",
        discussion: "The same frame the terminal would show, for reports, e-mail and tests. Views: \(ViewID.described())."
    )
    @OptionGroup var options: DataOptions
    @Option(help: ArgumentHelp("Frame size.", valueName: "COLSxROWS")) var size = FrameSize(columns: 120, rows: 40)
    @Option(help: ArgumentHelp("View to show (name or \(ViewID.numberRange)); with --kiosk a kiosk page (countdown, overview, …; default: the first of [kiosk] views).",
                               valueName: "NAME")) var view: PageName?
    @Flag(help: "Show the kiosk frame: the lobby screen, with its masking.") var kiosk = false
    @Option(help: ArgumentHelp("Theme name or file (plain text ignores colours).", valueName: "NAME|FILE"), completion: ThemeSearch.completion)
    var theme: String?
    @Flag(help: "Print every row of the list (its heading and rows, no screen around it) instead of one screenful; the overview's list is its alerts.") var all = false
    @Flag(help: "Print the screen as plain lines for a screen reader (what `dashboard --linear` says when the view opens): no boxes, bars or columns.")
    var linear = false
    @Option(help: ArgumentHelp("Interface language: id or en (default: netra.toml, else the locale LC_ALL/LC_MESSAGES/LANG, else id).", valueName: "id|en")) var lang: Language?

    /// `--view` names a view or a kiosk page; which one it must be depends on `--kiosk`.
    func validate() throws {
        guard let view else { return }
        if kiosk, view.kioskPage == nil {
            throw ValidationError(CLIMessages.notAKioskPage(view.text, pages: KioskPage.allCases.map(\.rawValue)).text(CLILanguage.resolve(lang, folder: options.folder)))
        }
        if !kiosk, view.view == nil { throw ValidationError(CLIMessages.notAView(view.text).text(CLILanguage.resolve(lang, folder: options.folder))) }
    }

    @OptionGroup var sources: SourceOptions

    func run() throws {
        let now = try options.frozenInstant(lang) ?? Date()
        // From the database: one site as its folder's frame, several as the province's.
        let (model, site) = try sources.model(folder: options, now: now, lang: lang)
        // The frame's title names the folder, or the site read from the database.
        let folderName = site ?? options.folder.standardizedFileURL.lastPathComponent
        let language = CLILanguage.chosen(lang, settings: model.dataset.settings)
        if kiosk {
            let settings = model.dataset.settings.kiosk
            let page = view?.kioskPage ?? settings.pages[0]
            let rotation = KioskRotation(startingAt: now, pageIndex: settings.pages.firstIndex(of: page) ?? 0)
            let lock = KioskLock(unlockKey: settings.unlockKey, pinHash: settings.pinHash)
            let grid = KioskRenderer(language: language, folderName: folderName).render(model, rotation: rotation, lock: lock, width: size.columns, height: size.rows,
                                                                 now: now, page: page)
            try Output.write(grid.text)
            return
        }
        var style = FrameStyle(language: language)
        style.folderName = folderName
        if linear {
            let lines = LinearPresenter(style: style).screen(model, state: UIState(view: view?.view ?? .overview), now: now)
            try Output.write(lines.joined(separator: "\n") + "\n")
            return
        }
        let renderer = FrameRenderer(style: style)
        if all {
            try Output.write(renderer.wholeList(model, view: view?.view ?? .overview, width: size.columns, height: size.rows))
            return
        }
        let grid = renderer.render(model, state: UIState(view: view?.view ?? .overview), width: size.columns, height: size.rows)
        try Output.write(grid.text)
    }
}

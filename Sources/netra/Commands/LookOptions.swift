import ArgumentParser
import Foundation
import NetraCore
import NetraTUI

/// Theme, language and first view: shared by `dashboard` and `demo`, which both end
/// in `openDashboard`.
struct LookOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Theme name or file (see `netra themes`).", valueName: "NAME|FILE"), completion: ThemeSearch.completion)
    var theme: String?
    @Option(help: ArgumentHelp("Interface language: id or en (default: netra.toml, else the locale LC_ALL/LC_MESSAGES/LANG, else id).", valueName: "id|en")) var lang: Language?
    /// Optional with the default written into the help: ArgumentParser would show a
    /// default `ViewID` by its raw value, "(default: 0)".
    @Option(help: ArgumentHelp("View to open (name or \(ViewID.numberRange)). (default: \(Self.defaultView.defaultValueDescription))", valueName: "NAME"))
    var view: ViewID?
    @Option(help: ArgumentHelp("Poll the folder every SECONDS (above 0, at most 3600) instead of inotify (automatic on NFS/SMB).", valueName: "SECONDS"))
    var poll: Double?
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (select and paste text); also `mouse = false` in netra.toml.")
    var noMouse = false

    @Flag(help: "Plain lines for a screen reader instead of the drawn screen: a view's facts when it opens, one sentence when the selection moves, one line when the data changes; no cursor movement. Also `linear = true` in netra.toml or NETRA_LINEAR=1.")
    var linear = false

    static let defaultView = ViewID.overview
    /// The theme a kiosk is drawn with unless `--theme` names another.
    static let kioskTheme = "kiosk"

    func validate() throws {
        if let poll, !(poll > 0 && poll <= 3600) { throw ValidationError(CLIMessages.pollRange.text(CLILanguage.resolve(lang))) }
    }

    /// `feed`: where the models come from when not the folder (`--source`); `title`:
    /// the name the frame shows instead of the folder's.
    func openDashboard(folder: URL, clock: TimeSource, isDemo: Bool, kiosk: Bool = false,
                       feed: DashboardOptions.FeedMaker? = nil, title: String? = nil,
                       journal: DashboardOptions.JournalMaker? = nil, lastLook: LastLook? = nil) throws {
        // Only netra.toml is needed here (theme name); the dashboard reads the rest.
        var settings = Settings()
        if case .settings(let s)? = DataFolder.read(.settings, from: FolderFiles(folder: folder)).records { settings = s }
        // A path only from the command line; netra.toml can only name a theme.
        // A kiosk's look is the `kiosk` theme (large contrast for a lobby) unless --theme says otherwise.
        var (theme, problems) = self.theme.map { ThemeFiles.load(commandLine: $0, searchPath: ThemeSearch.path) }
            ?? ThemeFiles.load(named: kiosk ? Self.kioskTheme : settings.theme, searchPath: ThemeSearch.path)
        // Without its theme file installed, a kiosk quietly takes netra.toml's theme.
        if self.theme == nil, kiosk, !problems.isEmpty { (theme, problems) = ThemeFiles.load(named: settings.theme, searchPath: ThemeSearch.path) }
        // A theme problem names a file path (from netra.toml or --theme): sanitised
        // once here, for stderr and for the dashboard's banner alike.
        let noticeLanguage = CLILanguage.chosen(lang, settings: settings)
        let warnings = problems.map { $0.formatted(language: noticeLanguage) }
        // Theme problems are said before the screen opens, and again after it closes.
        for warning in warnings { Output.error(warning) }
        var options = DashboardOptions(folder: folder, clock: clock, language: lang, theme: theme, isDemo: isDemo,
                                       initialView: view ?? Self.defaultView, notices: warnings, pollInterval: poll)
        options.kiosk = kiosk
        options.noticeLanguage = noticeLanguage
        options.environmentLanguage = CLILanguage.environmentLanguage
        options.mouse = !noMouse && settings.mouse
        options.log = OperationsLog.forThisProcess()
        options.makeFeed = feed
        options.title = title
        options.makeJournal = journal
        options.lastLook = lastLook
        // A kiosk is a drawn lobby screen; the linear mode is for a person at a keyboard.
        if !kiosk, linear || settings.linear || ProcessInfo.processInfo.environment["NETRA_LINEAR"] == "1" {
            try LinearApp.run(options)
            for warning in warnings { Output.error(warning) }
            return
        }
        let terminalNotes: [String]
        do { terminalNotes = try DashboardApp.run(options) } catch let refusal as TerminalRefusal {
            throw UsageFailure(CLIMessages.terminalRefused(refusal).text(CLILanguage.resolve(lang, folder: folder)))
        }
        for warning in warnings + terminalNotes { Output.error(warning) }
    }
}

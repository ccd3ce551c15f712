import ArgumentParser
import Foundation
import NetraCore
import NetraTUI

/// `netra demo`: writes the built-in Balikpapan folder and opens the dashboard on it.
struct Demo: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the built-in Balikpapan demo folder (May 2023) and show it.",
        discussion: """
        The demo's clock starts at the story's moment, 23 May 2023 10:00 WITA, and runs \
        forward in real time unless --as-of says otherwise. An existing demo folder keeps \
        your edits; --reset writes it afresh. Netra refuses to write into a folder that \
        holds other files.
        """
    )

    @Argument(help: ArgumentHelp("Where to write the demo folder.", valueName: "DIR"))
    var folder: String = "netra-demo"

    @Flag(name: .customLong("write-only"), help: "Only write the folder; do not open the dashboard.")
    var writeOnly = false

    @Flag(help: "Overwrite the demo files even if they were edited.")
    var reset = false

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Freeze the demo's clock at TIME.", valueName: "TIME"))
    var asOf: String?

    @OptionGroup var look: LookOptions

    @Flag(help: "Show the demo as the kiosk (lobby) screen; its netra.toml gets the demo PIN 1234 (F12, 1234, Enter unlocks).") var kiosk = false

    func run() throws {
        let language = CLILanguage.resolve(look.lang, folder: URL(fileURLWithPath: folder))
        let frozen = try DataOptions.instant(asOf, language: language)
        let url = URL(fileURLWithPath: folder)
        let wrote: Bool
        do { wrote = try DemoData.write(to: url, reset: reset) } catch let problem as DemoData.WriteProblem {
            throw UsageFailure(problem.description)
        } catch {
            throw UsageFailure(CLIMessages.demoUnwritable(folder, error.localizedDescription).text(language))
        }
        try Output.write((wrote ? CLIMessages.demoWritten(folder) : CLIMessages.demoKept(folder)).text(language))
        // A demo kiosk one can leave: PIN 1234, said on its screen.
        if kiosk {
            do {
                if try DemoData.addKioskPIN(to: url) { try Output.write(CLIMessages.demoKioskPIN(DemoData.kioskPIN).text(language)) }
            } catch {
                throw UsageFailure(CLIMessages.demoUnwritable(folder, error.localizedDescription).text(language))
            }
        }
        if writeOnly { return }
        let clock: TimeSource = frozen.map { FrozenTime($0) } ?? StoryTime(startingAt: DemoData.storyMoment)
        try look.openDashboard(folder: url, clock: clock, isDemo: true, kiosk: kiosk)
    }
}

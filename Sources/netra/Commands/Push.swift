import ArgumentParser
import Foundation
import NetraCore
import NetraDatabase
import NetraTUI

/// `netra push`: an office sends its folder to the province database as its site's
/// new snapshot, after the very check `netra check` makes of it.
struct Push: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Send the data folder to the province database as the site's new snapshot.",
        discussion: """
        The folder is checked exactly as `netra check` does; with errors nothing is sent \
        unless --allow-errors. The snapshot is written in one transaction: an interrupted \
        push leaves the site's current snapshot as it was; what changed since the site's \
        previous push is recorded in the same transaction, in the site's journal (netra \
        changes --source). The password comes from \
        ~/.pgpass, PGPASSFILE, a PGSERVICE entry or PGPASSWORD, never from the URL. \
        Exit status: 0 pushed, 1 refused (errors, database), 2 usage problem.
        """
    )

    @OptionGroup var options: DataOptions
    @Option(name: .customLong("to"), help: ArgumentHelp("The province database (postgresql://user@host:port/database).", valueName: "URL"))
    var url: String
    @Option(help: ArgumentHelp("The site this folder is (as granted by `netra db grant`).", valueName: "ID"))
    var site: String
    @Flag(name: .customLong("allow-errors"), help: "Push a folder with errors too (its good rows, as the dashboard shows them).")
    var allowErrors = false
    @Option(help: ArgumentHelp("Keep this many generations of the site (at least 1).", valueName: "N"))
    var keep: Int = 5
    @Flag(help: "Keep following the folder and push each settled change (at most one push per --interval).")
    var watch = false
    @Option(help: ArgumentHelp("With --watch: seconds between pushes at the least.", valueName: "SECONDS"))
    var interval: Double = 5
    @Option(help: ArgumentHelp("Language of the messages: id or en.", valueName: "id|en"))
    var lang: Language?

    func validate() throws {
        guard SiteID.isValid(site) else { throw ValidationError(Messages.pushBadSite(site).text(CLILanguage.resolve(lang))) }
        guard keep >= 1 else { throw ValidationError("--keep: at least 1") }
    }

    func run() throws {
        let language = CLILanguage.resolve(lang, folder: options.folder)
        if let problem = DataFolder.check(path: options.data) { throw UsageFailure(problem.message.text(language)) }
        let target = try DatabaseCLI.target(url, language: language)
        guard watch else {
            if try !pushOnce(target, language: language) { throw ExitCode(1) }
            return
        }
        try follow(target, language: language)
    }

    /// Reads the folder once into memory, checks those very bytes, and pushes them.
    /// False when refused for errors.
    func pushOnce(_ target: ConnectionTarget, language: Language) throws -> Bool {
        let folder = StoredFolder.collect(from: FolderFiles(folder: options.folder))
        let now = try options.frozenInstant(language) ?? Date()
        let reading = DataFolder.read(from: folder)
        let report = Check.report(label: options.data, reading: reading, now: now)
        let errors = report.errorCount
        if errors > 0 {
            // The problems as `netra check` words them (each line sanitised there), on stderr.
            Output.rawError(report.text(language))
            if !allowErrors {
                Output.error(Messages.pushRefusedErrors(errors).text(language))
                return false
            }
        }
        let (site, keep, user) = (site, keep, target.user)
        // The site's journal is written in the push's own transaction (`SiteJournal`);
        // a reading with an unusable file is not recorded, as in the folder's journal.
        let journal = reading.unusableFiles.isEmpty
            ? JournalStep(dataset: reading.dataset, situation: report.situation, wording: UIText.alertWording(reading.dataset.roster)) : nil
        let outcome = try DatabaseCLI.withConnection(target, language: language) { c in
            try SnapshotPush.push(c, site: site, folder: folder, errors: errors, keep: keep, role: user,
                                        journal: journal, beforeCommit: PushPause.fromEnvironment())
        }
        try Output.write(Messages.pushDone(site: site, generation: outcome.generation, files: outcome.files, kept: outcome.kept).text(language) + "\n")
        // What this push changed goes into the folder's journal as `check` records it
        // (issue 26: dashboard, check and push each record what they read).
        let recording = Journal.record(reading, situation: report.situation, folder: options.folder,
                                       wording: UIText.alertWording(reading.dataset.roster))
        if let problem = recording.problem { Output.error(problem.text(language)) }
        return true
    }

    /// `--watch`: the folder's own watcher says when files settled; pushes are spaced
    /// by `interval`, a change in between waits for the next slot (and is folded in).
    func follow(_ target: ConnectionTarget, language: Language) throws {
        let pending = NSCondition()
        nonisolated(unsafe) var changed = true
        let watcher = FolderWatcher(folder: options.data) { _ in
            pending.lock(); changed = true; pending.signal(); pending.unlock()
        }
        watcher.start()
        defer { watcher.stop() }
        while true {
            pending.lock()
            while !changed { pending.wait() }
            changed = false
            pending.unlock()
            // A refused or failed push is said and the next change tries again.
            _ = try? pushOnce(target, language: language)
            Thread.sleep(forTimeInterval: max(0.5, interval))
        }
    }
}

/// A test's way into the middle of a push: with `NETRA_TEST_PUSH_PAUSE=FILE`, the push
/// creates FILE once its rows are staged and waits there (for a kill -9) before moving
/// the site's pointer. Unset, nothing happens.
enum PushPause {
    static func fromEnvironment() -> SnapshotPush.Pause? {
        guard let marker = ProcessInfo.processInfo.environment["NETRA_TEST_PUSH_PAUSE"], !marker.isEmpty else { return nil }
        return {
            _ = FileManager.default.createFile(atPath: marker, contents: Data())
            sleep(60)
        }
    }
}

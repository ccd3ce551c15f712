import Foundation

/// A data folder followed over time: re-reads only the files that changed, keeps the
/// last good version of a file that turned broken — or vanished: sync clients delete
/// and re-create files, and a roster must not drop to 0 officers meanwhile — and
/// remembers since when.
///
/// Not thread-safe by itself: one reload at a time (`ReloadPipeline` runs them on its
/// reload thread).
public final class LiveFolder: @unchecked Sendable {
    /// A file that could not be used after it changed (and settled).
    public struct BrokenFile: Sendable {
        public let file: DataFile
        public let since: Date
        /// What is wrong, as `netra check` says it.
        public let diagnostics: [Diagnostic]

        public init(file: DataFile, since: Date, diagnostics: [Diagnostic]) {
            self.file = file
            self.since = since
            self.diagnostics = diagnostics
        }
    }

    /// What the screen should show now.
    public struct State: Sendable {
        public let reading: FolderReading
        public let broken: [BrokenFile]
        /// Set while the folder itself is gone (a share unmounted, say).
        public let folderMissingSince: Date?
        /// Files whose content changed in this reload.
        public let changed: Set<DataFile>
    }

    private let source: FileSource
    private let folderExists: () -> Bool
    private var current: [DataFile: FileOutcome] = [:]
    private var lastGood: [DataFile: FileOutcome] = [:]
    private var brokenSince: [DataFile: Date] = [:]
    private var missingSince: Date?
    /// Numbers each read (`FileOutcome.generation`).
    private var reads: UInt64 = 0
    /// What the last assembly derived from files that have not changed since.
    private let assembly = AssemblyCache()

    public init(source: FileSource, folderExists: @escaping () -> Bool = { true }) {
        self.source = source
        self.folderExists = folderExists
    }

    /// Reads every file (the first load).
    public func loadAll(at now: Date) -> State { reload(Set(DataFile.allCases), at: now, settled: true) }

    /// Re-reads `files`. With `settled == false` (right after a change), a file that
    /// fails is not declared broken yet: it is listed in `needsRetry` and the previous
    /// version stays, because an editor may still be writing it.
    public func reload(_ files: Set<DataFile>, at now: Date, settled: Bool) -> State {
        reloadReporting(files, at: now, settled: settled).state
    }

    /// As `reload`, also naming the files to read again once they settle.
    public func reloadReporting(_ files: Set<DataFile>, at now: Date, settled: Bool) -> (state: State, needsRetry: Set<DataFile>) {
        settled ? reloadReporting(unsettled: [], settled: files, at: now) : reloadReporting(unsettled: files, settled: [], at: now)
    }

    /// Re-reads both sets in one pass, giving one state whose `changed` covers both:
    /// `unsettled` files just changed (a failure is retried later, see `reload`),
    /// `settled` ones had their time (a failure counts). A file in both is unsettled.
    public func reloadReporting(unsettled: Set<DataFile>, settled: Set<DataFile>, at now: Date) -> (state: State, needsRetry: Set<DataFile>) {
        var retry: Set<DataFile> = []
        var changed: Set<DataFile> = []
        if !folderExists() {
            if missingSince == nil { missingSince = now }
            return (makeState(changed: []), [])
        }
        missingSince = nil
        let wanted = DataFile.allCases.filter { unsettled.contains($0) || settled.contains($0) }
        for (file, read) in zip(wanted, DataFolder.read(wanted, from: source)) {
            var outcome = read
            reads += 1
            outcome.generation = reads
            // A skipped row of the roster may be named by what its officer has open:
            // remember who the last good roster said the row's name was.
            if file == .officers { outcome = SkippedRows.remembering(outcome, previous: lastGood[file]) }
            if !outcome.exists && lastGood[file] != nil {
                // Gone after it was good: treated as broken, with a message that says so.
                outcome.diagnostics = [Diagnostic(.error, file, line: nil, Messages.fileVanished)]
            }
            if isKeptBack(outcome) {
                if unsettled.contains(file) && lastGood[file] != nil {
                    retry.insert(file)
                    continue
                }
                if brokenSince[file] == nil { brokenSince[file] = now }
                current[file] = outcome
            } else {
                brokenSince[file] = nil
                // Only records count as "good": an optional file that was never there
                // must not later be reported as vanished.
                lastGood[file] = outcome.records == nil ? nil : outcome
                current[file] = outcome
            }
            changed.insert(file)
        }
        return (makeState(changed: changed), retry)
    }

    /// Unusable now, so the last good version (if any) stands in: a broken file, or
    /// one that disappeared after it had been read.
    private func isKeptBack(_ outcome: FileOutcome) -> Bool {
        outcome.isBroken || (!outcome.exists && lastGood[outcome.file] != nil)
    }

    private func makeState(changed: Set<DataFile>) -> State {
        // Broken files contribute their last good records; their diagnostics still show.
        var outcomes: [FileOutcome] = []
        var broken: [BrokenFile] = []
        for file in DataFile.allCases {
            guard let outcome = current[file] else { continue }
            if isKeptBack(outcome), let good = lastGood[file] {
                var kept = good
                kept.diagnostics = outcome.diagnostics
                outcomes.append(kept)
            } else {
                outcomes.append(outcome)
            }
            if isKeptBack(outcome), let since = brokenSince[file] {
                broken.append(BrokenFile(file: file, since: since, diagnostics: outcome.diagnostics))
            }
        }
        return State(reading: DataFolder.assemble(outcomes, cache: assembly), broken: broken, folderMissingSince: missingSince, changed: changed)
    }
}

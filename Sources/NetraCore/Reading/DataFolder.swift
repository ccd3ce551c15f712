import Foundation

/// Where the data files come from. The disk in production; a dictionary in tests.
public protocol FileSource: Sendable {
    /// The file's bytes, `nil` when it does not exist; throws when it exists but
    /// cannot be read.
    func contents(of file: DataFile) throws -> [UInt8]?
    /// When the file was last changed on disk, if known (for "data 22 Mei 16:05").
    func modified(of file: DataFile) -> Date?
    /// The forms of a table present (`officers.csv`, `.xlsx`, `.ods`); defaults to
    /// the CSV name only (TableForms.swift).
    func storedForms(of file: DataFile) -> [StoredForm]
    /// The bytes of a table stored in `form`, `nil` when absent.
    func contents(of file: DataFile, as form: TableForm) throws -> [UInt8]?
    /// The reading of `file` kept from an earlier run for the file as it is now
    /// (`KeptRoster`; default: none).
    func keptReading(of file: DataFile) -> FileReading<OfficerRoster>?
    /// Offers the reading just made of `file` to be kept (default: not kept).
    func keep(_ reading: FileReading<OfficerRoster>, of file: DataFile)
    /// What the `kpu/` subfolder holds (KPUFolder.swift; default: nothing).
    func kpuListing() -> KPUFolderListing
    /// The bytes of one file of `kpu/`, `nil` when absent.
    func contents(ofKPUFile name: String) throws -> [UInt8]?
}

extension FileSource {
    public func modified(of file: DataFile) -> Date? { nil }
    public func keptReading(of file: DataFile) -> FileReading<OfficerRoster>? { nil }
    public func keep(_ reading: FileReading<OfficerRoster>, of file: DataFile) {}
}

/// Reads files from a folder on disk, through `SafeFile`: only regular files of a sane
/// size, never blocking, and no link that leads out of the folder.
public struct FolderFiles: FileSource {
    public let folder: URL
    /// Where a large roster's reading is kept between runs (live screens only).
    public let keeper: KeptRoster?

    public init(folder: URL, keeper: KeptRoster? = nil) {
        self.folder = folder
        self.keeper = keeper
    }

    /// `stat` never opens the file, so it cannot block on a FIFO; a link is judged
    /// by what it points to, like the contents.
    public func modified(of file: DataFile) -> Date? {
        var info = stat()
        guard stat(folder.appendingPathComponent(file.fileName).path, &info) == 0 else { return nil }
        return Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
    }

    public func contents(of file: DataFile) throws -> [UInt8]? {
        do {
            let path = folder.appendingPathComponent(file.fileName).path
            if file == .officers, let keeper {
                let started = keeper.now()
                let (bytes, version) = try SafeFile.readIdentified(path, inside: folder.path)
                keeper.noteRead(version, started: started)
                return bytes
            }
            // TOML files are a few kilobytes: a far smaller bound than a roster's.
            let limit = file.fileName.hasSuffix(".toml") ? Int64(TOMLFiles.sizeLimit) : SafeFile.sizeLimit
            return try SafeFile.read(path, inside: folder.path, limit: limit)
        } catch .missing {
            return nil
        }
    }

    /// The file's version is judged by the same rules as its contents (a link out of the
    /// folder is no version at all: the read that follows says why).
    public func keptReading(of file: DataFile) -> FileReading<OfficerRoster>? {
        guard file == .officers, let keeper,
              let version = try? SafeFile.identity(of: folder.appendingPathComponent(file.fileName).path, inside: folder.path)
        else { return nil }
        return keeper.reading(for: version)
    }

    public func keep(_ reading: FileReading<OfficerRoster>, of file: DataFile) {
        if file == .officers { keeper?.keep(reading) }
    }
}

/// Why a folder cannot be looked at at all (a usage problem, not a data problem).
public enum FolderProblem: Error, CustomStringConvertible {
    case missing(String)
    case notAFolder(String)
    case unreadable(String)

    /// What is wrong, in both languages.
    public var message: Message {
        switch self {
        case .missing(let p): Messages.folderMissing(p)
        case .notAFolder(let p): Messages.notAFolder(p)
        case .unreadable(let p): Messages.folderUnreadable(p)
        }
    }

    public var description: String { message.english }
}

/// The outcome of reading every file of a data folder.
public struct FolderReading: Sendable {
    public var dataset: Dataset
    /// Every problem, in file order then line order.
    public var diagnostics: [Diagnostic]
    /// Files that could not be used at all (missing required file, not CSV, …).
    public var unusableFiles: Set<DataFile>
    /// When the office last changed a data file on disk (the newest one read).
    public var dataChangedAt: Date?
    /// The tables whose records came from a workbook, and from which sheet.
    public var origins: [DataFile: SheetOrigin] = [:]

    /// `diagnostics` placed where the folder stores their table: a problem found on
    /// a record of `officers.xlsx` names its file and cell, not `officers.csv:14`.
    public func located(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard !origins.isEmpty else { return diagnostics }
        return diagnostics.map { d in d.file.flatMap { origins[$0] }?.locate(d) ?? d }
    }

    /// Rows of officers.csv that were skipped although they name a candidate: each
    /// is a candidate missing from the count.
    public var skippedCandidates: [Diagnostic] { diagnostics.filter { $0.skippedCandidate != nil } }

    /// Rows of the roster that were skipped although their officer has a request or
    /// case still open (`SkippedRows`).
    public var skippedWithOpenMatters: [Diagnostic] { diagnostics.filter { $0.skippedMatter != nil } }
}

/// What reading one file gave: its records (typed per file) or nothing usable, and
/// its problems. A live reload keeps one of these per file and re-reads only the
/// files that changed.
public struct FileOutcome: Sendable {
    public enum Records: Sendable {
        case settings(Settings)
        case officers(OfficerRoster)
        case candidates([CandidateRecord])
        case retirements([RetirementRequest])
        case cases([NeutralityCase])
        case schedule(Schedule)
        case circulars([Circular])
        case acknowledgements([Acknowledgement])
        case kpuLists(KPULists)
        case kpuReview(KPUReview)
    }

    public let file: DataFile
    /// `nil` when the file is missing or unusable.
    public var records: Records?
    public var diagnostics: [Diagnostic]
    /// The file exists (a missing file is not "broken").
    public var exists: Bool
    /// When it was last changed on disk, if known.
    public var modified: Date?
    /// The workbook sheet the records came from; `nil` for CSV and TOML.
    public var origin: SheetOrigin?
    /// Which reading of the file this is: a live folder numbers each read (`LiveFolder`),
    /// so what was derived from an unchanged file can be kept (`AssemblyCache`); 0 when
    /// unnumbered (a one-off read, as `netra check` does), which nothing is kept for.
    public var generation: UInt64 = 0

    /// Present but unusable: the last good records should stay on screen.
    public var isBroken: Bool { exists && records == nil }
}

/// Reads a whole data folder into a `Dataset` and its diagnostics.
public enum DataFolder {
    /// Checks that `path` is a readable folder.
    public static func check(path: String) -> FolderProblem? {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return .missing(path) }
        guard isDir.boolValue else { return .notAFolder(path) }
        guard FileManager.default.isReadableFile(atPath: path),
              (try? FileManager.default.contentsOfDirectory(atPath: path)) != nil else { return .unreadable(path) }
        return nil
    }

    /// Reads every file. Missing optional files are empty; a missing `officers.csv` is
    /// an error.
    public static func read(from source: FileSource) -> FolderReading {
        assemble(read(DataFile.allCases, from: source))
    }

    /// Reads `files`, in the order given. When the roster is among others, it is read on
    /// one thread and the others on another: they are independent, and the others
    /// (≈25 ms beside a million officers) fit in the time the roster's pieces leave a
    /// core idle, or its kept reading (`KeptRoster`) is being checked.
    static func read(_ files: [DataFile], from source: FileSource) -> [FileOutcome] {
        guard files.contains(.officers), files.count > 1 else { return files.map { read($0, from: source) } }
        var roster: FileOutcome?
        var others: [FileOutcome] = []
        Parallel.forEach(2) { side in
            if side == 0 {
                roster = read(.officers, from: source)
            } else {
                others = files.filter { $0 != .officers }.map { read($0, from: source) }
            }
        }
        var outcomes: [FileOutcome] = []
        var rest = others.makeIterator()
        for file in files { outcomes.append(file == .officers ? roster! : rest.next()!) }
        return outcomes
    }

    /// Reads one file, in whichever form (CSV or workbook) the folder holds it.
    public static func read(_ file: DataFile, from source: FileSource) -> FileOutcome {
        if file == .kpu { return KPUFolder.read(from: source) }
        let choice = TableChoice.choose(file, in: source)
        var outcome = choice.form == .csv ? readText(file, from: source)
            : WorkbookTable.read(file, form: choice.form, from: source)
        outcome.diagnostics = choice.notes + outcome.diagnostics
        if outcome.exists { outcome.modified = choice.form == .csv ? source.modified(of: file) : choice.modified }
        return outcome
    }

    /// Reads one file stored as text (CSV or TOML).
    static func readText(_ file: DataFile, from source: FileSource) -> FileOutcome {
        // An unchanged large roster, as the last run read it (`KeptRoster`).
        if let kept = source.keptReading(of: file), let roster = kept.value {
            return FileOutcome(file: file, records: .officers(roster), diagnostics: kept.diagnostics, exists: true)
        }
        let bytes: [UInt8]?
        do { bytes = try source.contents(of: file) } catch {
            let message = (error as? SafeFile.Refusal).map(Messages.refusal) ?? Messages.unreadable(error.localizedDescription)
            return FileOutcome(file: file, records: nil, diagnostics: [Diagnostic(.error, file, line: nil, message)], exists: true)
        }
        guard let bytes else {
            let missing = file.kind.missing.map { Diagnostic($0.severity, file, line: nil, Messages.fileMissing($0.consequence)) }
            return FileOutcome(file: file, records: nil, diagnostics: missing.map { [$0] } ?? [], exists: false)
        }
        let reading = file.kind.read(bytes)
        let outcome = FileOutcome(file: file, records: reading.records,
                                  diagnostics: reading.diagnostics.sorted { ($0.line ?? 0) < ($1.line ?? 0) }, exists: true)
        if case .officers(let roster)? = outcome.records { source.keep(FileReading(value: roster, diagnostics: outcome.diagnostics), of: file) }
        return outcome
    }

    /// Builds the dataset from one outcome per file and adds the checks that span files.
    /// `cache` (a live folder's) keeps what was derived from the roster for the next
    /// assembly, so a reload of another file does not derive it again.
    public static func assemble(_ outcomes: [FileOutcome], cache: AssemblyCache? = nil) -> FolderReading {
        var dataset = Dataset()
        // Each outcome's diagnostics in outcome order; the roster's are replaced by the
        // merged ones (candidates.csv marks skipped rows in them).
        var perOutcome: [[Diagnostic]] = []
        var rosterSlot: Int?
        var unusable: Set<DataFile> = []
        var roster: OfficerRoster?
        var changedAt: Date?
        var origins: [DataFile: SheetOrigin] = [:]
        var candidates: [CandidateRecord] = []
        var generations: [DataFile: UInt64] = [:]
        for outcome in outcomes {
            generations[outcome.file] = outcome.generation
            if outcome.records != nil, let origin = outcome.origin { origins[outcome.file] = origin }
            if let modified = outcome.modified, outcome.records != nil { changedAt = max(changedAt ?? modified, modified) }
            perOutcome.append(outcome.diagnostics)
            if outcome.records == nil && (outcome.exists || outcome.file == .officers) { unusable.insert(outcome.file) }
            switch outcome.records {
            case .settings(let v): dataset.settings = v
            case .officers(let v): roster = v; rosterSlot = perOutcome.count - 1
            case .candidates(let v): candidates = v
            case .retirements(let v): dataset.requests = v
            case .cases(let v): dataset.cases = v
            case .schedule(let v): dataset.schedule = v
            case .circulars(let v): dataset.circulars = v
            case .acknowledgements(let v): dataset.acknowledgements = v
            case .kpuLists(let v): dataset.kpuLists = v
            case .kpuReview(let v): dataset.kpuReview = v
            case nil: break
            }
        }
        let haveRoster = roster != nil
        dataset.storedNames = origins.mapValues { $0.file.fileName(as: $0.form) }
        var merged: [Diagnostic] = []
        let key = AssemblyCache.RosterKey(officers: generations[.officers] ?? 0, candidates: generations[.candidates] ?? 0)
        if let rosterRead = roster, let rosterSlot {
            if key.isNumbered, let kept = cache?.merged, kept.key == key {
                dataset.roster = kept.roster
                perOutcome[rosterSlot] = kept.rosterDiagnostics
                merged = kept.mergeFindings
                dataset.adopt(facts: kept.facts)
            } else {
                // Merged on every change of either file, from the last good of each: a
                // change to officers.csv or candidates.csv re-merges both.
                var mergedRoster = rosterRead
                if !candidates.isEmpty { merged = CandidateMerge.apply(candidates, to: &mergedRoster, skipped: &perOutcome[rosterSlot],
                                                                         names: dataset.storedNames) }
                dataset.roster = mergedRoster
                if key.isNumbered {
                    cache?.merged = .init(key: key, roster: mergedRoster, rosterDiagnostics: perOutcome[rosterSlot],
                                          mergeFindings: merged, facts: dataset.rosterFacts)
                }
            }
        }
        let unitsFrom: [UInt64] = [generations[DataFile.settings] ?? 0]
        if let units = AssemblyCache.hit(cache?.units, key, unitsFrom) {
            dataset.adopt(units: units)
        } else {
            dataset.prepareUnits()
            if let units = dataset.units, cache != nil { cache?.units = .init(key: key, others: unitsFrom, value: units) }
        }
        let kpuFrom: [UInt64] = [generations[DataFile.settings] ?? 0, generations[DataFile.kpu] ?? 0, generations[DataFile.kpuReview] ?? 0]
        if let check = AssemblyCache.hit(cache?.kpuCheck, key, kpuFrom) {
            dataset.adopt(kpuCheck: check)
        } else {
            dataset.prepareKPU()
            if let check = dataset.kpuCheck, cache != nil { cache?.kpuCheck = .init(key: key, others: kpuFrom, value: check) }
        }
        var diagnostics = perOutcome.flatMap { $0 }
        if haveRoster {
            // kpu-review may be a workbook too: its problems are placed in their cells.
            let crossFile = merged + dataset.crossFileDiagnostics() + (dataset.kpuCheck?.diagnostics ?? [])
            diagnostics += origins.isEmpty ? crossFile : crossFile.map { d in d.file.flatMap { origins[$0] }?.locate(d) ?? d }
            diagnostics = SkippedRows.named(diagnostics, in: dataset)
        }
        let order = Dictionary(uniqueKeysWithValues: DataFile.allCases.enumerated().map { ($1, $0) })
        func rank(_ d: Diagnostic) -> Int { d.file.flatMap { order[$0] } ?? order.count }
        diagnostics = diagnostics.enumerated().sorted {
            (rank($0.element), $0.element.line ?? 0, $0.offset) < (rank($1.element), $1.element.line ?? 0, $1.offset)
        }.map(\.element)
        return FolderReading(dataset: dataset, diagnostics: diagnostics, unusableFiles: unusable, dataChangedAt: changedAt, origins: origins)
    }
}

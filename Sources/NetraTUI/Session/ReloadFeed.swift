import Foundation
import NetraCore

/// The dashboard's side of the reload pipeline: turns each folder state into a
/// `DashboardModel` on the reload thread (marking what changed since the last one),
/// builds the newest model's search index when the thread is idle, wakes the terminal
/// loop through a pipe, and logs files that break or recover and the folder vanishing
/// or returning. Coalescing and memory bounds are `ReloadPipeline`'s.
public final class ReloadFeed: @unchecked Sendable {
    private let pipeline: ReloadPipeline<DashboardModel>
    private let wake: WakePipe

    /// `lists`: prepare the Pegawai list for this screen's language after each model is
    /// handed over (`prepareLists`); `nil` for a kiosk, whose pages show no list.
    public init(folder: URL, clock: TimeSource, pollInterval: TimeInterval? = nil, log: OperationsLog = OperationsLog(enabled: false),
                lists: ListPreparation? = nil) {
        let wake = WakePipe()
        let notes = ReloadNotes(log: log)
        self.wake = wake
        pipeline = ReloadPipeline(
            folder: folder, pollInterval: pollInterval, clock: clock,
            transform: { state, previous in
                let started = Date()
                var model = DashboardModel(live: state, now: clock.now(), previous: previous)
                if let previous { model.markChanges(since: previous, files: state.changed, at: clock.now()) }
                // The screen's next frame of this model, laid out here rather than on
                // the terminal loop (`FrameWarmUp`; not for the first model: nothing
                // is drawn yet, and the first screen waits for nothing extra).
                if previous != nil { lists?.frames?.warm(model, now: clock.now()) }
                notes.note(model, changed: state.changed, milliseconds: Int(Date().timeIntervalSince(started) * 1000), first: previous == nil)
                return model
            },
            // First paint first: the model is shown as soon as it is derived, and the
            // lists' orders, codes and ranks (≈500 ms at 100k officers, seconds at 1M)
            // are built afterwards, while the screen already shows the overview. A key
            // that needs one of them meanwhile waits for that one only (`RowCache.memo`).
            warm: { model in
                if let lists { model.prepareLists(language: DashboardSession.language(chosen: lists.language, environment: lists.environment, model),
                                                  glyphs: lists.glyphs) }
                // A million officers' search index waits for the first search (`ListWarmUp`).
                if model.preparesEveryIndex { model.prepareSearch() }
            },
            wake: { wake.signal() })
    }

    deinit { pipeline.stop() }

    /// Arms the watcher, then reads the whole folder (on the caller's thread) and
    /// returns the first model; changes from then on arrive through `take()`.
    public func start() -> DashboardModel { pipeline.start() }

    public func stop() { pipeline.stop() }

    /// The descriptor the terminal loop polls: readable when a model is waiting.
    public var wakeFD: Int32 { wake.fileDescriptor }

    /// The newest model, if one arrived since the last call.
    public func take() -> DashboardModel? {
        wake.drain()
        return pipeline.take()
    }

    /// Reads every file again (`r`): returns at once, joining the pending reload.
    public func reloadAll() { pipeline.requestFullReload() }

    /// The UI let go of its previous model: give the freed pages back (kiosks run for weeks).
    public func released() { pipeline.payloadReleased() }
}

/// Remembers, on the reload thread, which files were broken and whether the folder
/// was there, so the log gets one line per change of state, not one per reload.
private final class ReloadNotes: @unchecked Sendable {
    private let log: OperationsLog
    private var broken: Set<DataFile> = []
    private var missing = false

    init(log: OperationsLog) { self.log = log }

    func note(_ model: DashboardModel, changed: Set<DataFile>, milliseconds: Int, first: Bool) {
        if !first && !changed.isEmpty {
            log.record(.reloaded(files: DataFile.allCases.filter(changed.contains), milliseconds: milliseconds))
        }
        let nowBroken = Set(model.broken.map(\.file))
        for file in DataFile.allCases where nowBroken.contains(file) && !broken.contains(file) {
            log.record(.fileBroken(file: file, line: model.broken.first { $0.file == file }?.diagnostics.first?.line))
        }
        for file in DataFile.allCases where broken.contains(file) && !nowBroken.contains(file) { log.record(.fileRecovered(file: file)) }
        broken = nowBroken
        let isMissing = model.folderMissingSince != nil
        if isMissing != missing { log.record(isMissing ? .folderMissing : .folderBack) }
        missing = isMissing
    }
}

/// How the dashboard's lists will be drawn, so the reload thread can prepare them.
public struct ListPreparation: Sendable {
    /// The language chosen on the command line; `nil`: the folder's, else `environment`.
    public var language: Language?
    /// The locale's language (`LANG`), if it names one.
    public var environment: Language?
    public var glyphs: Glyphs
    /// The screen's last frame recipe, to lay each new model out before it is handed over.
    public var frames: FrameWarmUp?
    public init(language: Language?, environment: Language? = nil, glyphs: Glyphs, frames: FrameWarmUp? = nil) {
        self.language = language
        self.environment = environment
        self.glyphs = glyphs
        self.frames = frames
    }
}

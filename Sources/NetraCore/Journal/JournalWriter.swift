import Foundation

/// Records the dashboard's readings in the journal off the drawing path: `submit`
/// only keeps the newest reading and wakes a background queue, so neither the first
/// frame nor a reload's frame waits for the summary to be built and written. Readings
/// submitted while one is being recorded collapse into the newest (the journal compares
/// with the last *recorded* state, so nothing is lost, only merged).
///
/// After recording, it delivers what `[notify]` has queued (`Notifier`): a dashboard
/// left running is what notices an alert that turns critical with the clock.
public final class JournalWriter: JournalSink, @unchecked Sendable {
    private let folder: URL
    private let wording: @Sendable (OfficerRoster) -> AlertWording
    private let environment: [String: String]
    private let queue = DispatchQueue(label: "netra-journal", qos: .utility)
    private let lock = NSLock()
    private var waiting: (FolderReading, Situation)?
    private var scheduled = false
    /// Called on the journal's queue with each recording's problems (for the log).
    private let problems: @Sendable ([Message]) -> Void
    /// Called on the journal's queue after each recording with what changed since the
    /// last look (`nil`: nobody asked).
    private let digest: (@Sendable (ChangesDigest) -> Void)?
    private let lastLook: Date?

    public init(folder: URL, wording: @escaping @Sendable (OfficerRoster) -> AlertWording,
                environment: [String: String] = ProcessInfo.processInfo.environment,
                problems: @escaping @Sendable ([Message]) -> Void = { _ in },
                lastLook: Date? = nil, digest: (@Sendable (ChangesDigest) -> Void)? = nil) {
        self.lastLook = lastLook
        self.digest = digest
        self.folder = folder
        self.wording = wording
        self.environment = environment
        self.problems = problems
    }

    /// Records `situation` (of `reading`) soon, on the background queue.
    public func submit(_ reading: FolderReading, situation: Situation) {
        lock.lock()
        waiting = (reading, situation)
        let start = !scheduled
        scheduled = true
        lock.unlock()
        if start { queue.async { BackgroundPriority.run { self.drain() } } }
    }

    /// Waits until everything submitted is recorded (tests, and a clean exit).
    public func flush() { queue.sync {} }

    private func drain() {
        while true {
            lock.lock()
            guard let (reading, situation) = waiting else {
                scheduled = false
                lock.unlock()
                return
            }
            waiting = nil
            lock.unlock()
            let settings = reading.dataset.settings
            let recording = Journal.record(reading, situation: situation, folder: folder, wording: wording(reading.dataset.roster),
                                           environment: environment)
            var found = recording.problem.map { [$0] } ?? []
            if settings.notify.isConfigured {
                let language = Language.chosen(nil, settings: settings, environment: environment)
                found += Notifier.deliver(folder: folder, settings: settings, language: language, now: situation.now, environment: environment)
            }
            if !found.isEmpty { problems(found) }
            if let digest { digest(ChangesDigest.of(folder: folder, lastLook: lastLook, now: situation.now, environment: environment)) }
        }
    }
}

/// Where the dashboard hands each reading it put on screen: the folder's journal
/// (`JournalWriter`, which records it), or a site's journal in the province database,
/// which the pushes record and the screen only reads back for *Sejak kemarin*.
public protocol JournalSink: AnyObject, Sendable {
    /// Takes `situation` (of `reading`) soon, off the drawing path.
    func submit(_ reading: FolderReading, situation: Situation)
    /// Waits until everything submitted is handled.
    func flush()
}

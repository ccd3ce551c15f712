import Foundation
import NetraCore
import NetraDatabase

/// The dashboard's *Sejak kemarin* on `--source`: a site's journal is written by its
/// pushes (`SiteJournal`, in the push's transaction), so the screen records nothing and
/// reads the events since the last look back from `netra.journal` after each new model
/// (a push, the minute's re-derivation), on a queue of its own, off the drawing path.
/// While the database is away the last digest stays (the banner says since when).
final class SiteJournalReader: JournalSink, @unchecked Sendable {
    private let target: ConnectionTarget
    private let site: String
    private let lastLook: Date?
    private let digest: @Sendable (ChangesDigest) -> Void
    private let queue = DispatchQueue(label: "netra-site-journal", qos: .utility)
    private let lock = NSLock()
    private var waiting: Date?
    private var scheduled = false

    init(target: ConnectionTarget, site: String, lastLook: Date?, digest: @escaping @Sendable (ChangesDigest) -> Void) {
        self.target = target
        self.site = site
        self.lastLook = lastLook
        self.digest = digest
    }

    func submit(_ reading: FolderReading, situation: Situation) {
        let start = lock.withLock {
            waiting = situation.now
            defer { scheduled = true }
            return !scheduled
        }
        if start { queue.async { self.drain() } }
    }

    func flush() { queue.sync {} }

    /// Readings that came while one was asked collapse into the newest moment.
    private func drain() {
        while true {
            let next: Date? = lock.withLock {
                defer { waiting = nil }
                if waiting == nil { scheduled = false }
                return waiting
            }
            guard let now = next else { return }
            let since = lastLook ?? now.addingTimeInterval(-86_400)
            let (target, site) = (target, site)
            let read = try? DatabaseSession.with(target) { try SiteJournal.read($0, site: site, since: since, until: now) }
            if let read { digest(ChangesDigest(since: since, sinceYesterday: lastLook == nil, events: read.events)) }
        }
    }
}

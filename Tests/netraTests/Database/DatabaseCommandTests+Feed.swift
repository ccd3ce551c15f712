import Foundation
import NetraCore
import NetraDatabase
import Testing

/// A screen's view of the database (`ProvinceFeed`): a push arrives by NOTIFY (the poll
/// is set far beyond the test's wait, so only the notification can bring it), and a
/// database that goes away is reported with since when, then followed again.
extension DatabaseCommandTests {
    /// Collects what a feed reports.
    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [ProvinceFeed.Event] = []
        func add(_ event: ProvinceFeed.Event) { lock.withLock { events.append(event) } }
        var all: [ProvinceFeed.Event] { lock.withLock { events } }

        /// Waits (up to `limit` seconds: a bound against hanging, not a measurement) for
        /// an event `matches` accepts. Asleep, not blocking: the feed's tasks share the
        /// test's thread pool (two threads on a two-core machine).
        /// The events are looked at once more after the limit: a test thread that was
        /// itself held up past the limit must not miss what arrived meanwhile.
        func wait(limit: Double = 60, _ matches: (ProvinceFeed.Event) -> Bool) async -> Bool {
            let end = Date().addingTimeInterval(limit)
            while Date() < end {
                if all.contains(where: matches) { return true }
                try? await Task.sleep(nanoseconds: 20_000_000)
            }
            return all.contains(where: matches)
        }
    }

    /// The generation `pushed site X: generation N, …` names.
    static func generation(_ pushed: NetraProcess.Outcome) -> Int64? {
        let words = pushed.stdout.split(separator: " ")
        return words.count > 4 ? Int64(words[4].dropLast()) : nil
    }

    static func generation(_ event: ProvinceFeed.Event, site: String) -> Int64? {
        if case .province(let province) = event { return province.site(site)?.generation }
        return nil
    }

    @Test func aPushReachesARunningFeedByNotify() async throws {
        guard let (cluster, folders, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let first = try Self.push("samarinda", folder: folders["samarinda"]!, cluster: cluster)
        #expect(first.status == 0, "\(first.stderr)")
        let events = Events()
        let feed = ProvinceFeed(target: try ConnectionTarget.resolve(cluster.url(user: "kaltim")), pollInterval: 3600, onEvent: events.add)
        feed.start()
        defer { feed.stop() }
        #expect(await events.wait { Self.generation($0, site: "samarinda") != nil }, "\(events.all)")
        // Only the site's own role pushes; the province role's screen hears of it.
        let pushed = try Self.push("samarinda", folder: folders["samarinda"]!, cluster: cluster)
        let generation = Self.generation(pushed)
        #expect(await events.wait { Self.generation($0, site: "samarinda") == generation }, "\(events.all)")
        // The site re-read is that folder, derived with its own zone.
        #expect(feed.last?.site("samarinda")?.reading.dataset.settings.timeZone.identifier == "Asia/Jakarta")
    }

    @Test func aFeedListensAgainWhenItsListenerIsCut() async throws {
        guard let (cluster, folders, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        _ = try Self.push("samarinda", folder: folders["samarinda"]!, cluster: cluster)
        let events = Events()
        let feed = ProvinceFeed(target: try ConnectionTarget.resolve(cluster.url(user: "kaltim")), pollInterval: 3600, onEvent: events.add)
        feed.start()
        defer { feed.stop() }
        #expect(await events.wait { Self.generation($0, site: "samarinda") != nil }, "\(events.all)")
        // The listener's server process ends (an administrator, a pooler's idle cut)
        // while the feed's reading connection stays: the poll is an hour away, so only
        // a new listener brings the next push.
        let cut = try cluster.psql("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = 'kaltim' AND query LIKE 'LISTEN%'")
        #expect(cut != "0")
        let pushed = try Self.push("samarinda", folder: folders["samarinda"]!, cluster: cluster)
        let generation = Self.generation(pushed)
        #expect(await events.wait { Self.generation($0, site: "samarinda") == generation }, "\(events.all.count) events")
    }

    @Test func aFeedKeepsItsDataWhileTheDatabaseIsDownAndComesBack() async throws {
        guard let (cluster, folders, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        _ = try Self.push("balikpapan", folder: folders["balikpapan"]!, cluster: cluster)
        let events = Events()
        let feed = ProvinceFeed(target: try ConnectionTarget.resolve(cluster.url(user: "office_balikpapan")), pollInterval: 0.5, onEvent: events.add)
        feed.start()
        defer { feed.stop() }
        #expect(await events.wait { Self.generation($0, site: "balikpapan") != nil })
        try cluster.stop()
        var restarted = false
        defer { if !restarted { try? cluster.start() } }
        #expect(await events.wait { if case .away = $0 { return true } else { return false } }, "\(events.all.count) events")
        // The last province stays with the feed while it is away.
        #expect(feed.last?.site("balikpapan") != nil)
        try cluster.start()
        restarted = true
        let pushed = try Self.push("balikpapan", folder: folders["balikpapan"]!, cluster: cluster)
        #expect(pushed.status == 0)
        let generation = Self.generation(pushed)
        #expect(await events.wait(limit: 80) { Self.generation($0, site: "balikpapan") == generation })
    }
}

extension DatabaseCommandTests {
    /// A read-only standby streaming from the primary (`pg_basebackup -R`): LISTEN is
    /// refused there and notifications never arrive, so the feed follows it by asking
    /// for the generations; row-level security holds on the standby as well.
    @Test func aStandbyIsFollowedByItsGenerationPoll() async throws {
        guard let (cluster, folders, _) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        _ = try Self.push("samarinda", folder: folders["samarinda"]!, cluster: cluster)
        let standby = try TestCluster(primary: cluster)
        defer { standby.tearDown() }
        #expect(try standby.psql("SELECT pg_is_in_recovery()") == "t")
        #expect(try standby.psql("SELECT count(*) FROM netra.files WHERE site <> 'samarinda'", user: "office_samarinda") == "0")
        let events = Events()
        let feed = ProvinceFeed(target: try ConnectionTarget.resolve(standby.url(user: "kaltim")), pollInterval: 0.5, onEvent: events.add)
        feed.start()
        defer { feed.stop() }
        #expect(await events.wait { Self.generation($0, site: "samarinda") != nil }, "\(events.all)")
        let pushed = try Self.push("samarinda", folder: folders["samarinda"]!, cluster: cluster)
        let generation = Self.generation(pushed)
        #expect(generation != nil)
        #expect(await events.wait { Self.generation($0, site: "samarinda") == generation }, "\(events.all)")
    }
}

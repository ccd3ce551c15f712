import Foundation
import NetraCore
import Testing

/// The real `netra dashboard --source …` in a real terminal (tmux), against the test
/// cluster: a push shows on a running dashboard (the primary by NOTIFY, a standby by
/// its generation poll), and a database stopped for 30 s leaves a dashboard and a
/// kiosk with their last data and the banner, and both come back by themselves. The
/// waits are bounds against hanging, not measurements: the latencies seen are printed
/// for the test log (the goals, ≤ 1 s and ≤ 3 s, are netra-bench's business).
extension DatabaseCommandTests {
    /// Grants `site` to the screens' reader role `watcher` (made once) and pushes a demo
    /// folder whose region is `region` as the administrator; returns the folder.
    static func screenSite(_ site: String, region: String, cluster: TestCluster, holder: TemporaryFolder) throws -> String {
        try cluster.psql("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'watcher') THEN CREATE ROLE watcher LOGIN; END IF; END $$")
        let granted = try NetraProcess.run(["db", "grant", "--to", cluster.url(), "--role", "watcher", "--site", site])
        #expect(granted.status == 0, "\(granted.stderr)")
        let folder = try variant(of: try holder.demo("screen-" + site), region: region, zone: "Asia/Makassar", dropOfficers: 0)
        let pushed = try push(site, folder: folder, cluster: cluster, as: cluster.admin)
        #expect(pushed.status == 0, "\(pushed.stderr)")
        return folder
    }

    /// Pushes `folder` again under a new region; returns the moment the push had committed
    /// (the process has ended).
    static func repush(_ site: String, folder: String, region: String, cluster: TestCluster) throws -> Date {
        let toml = folder + "/netra.toml"
        let text = try String(contentsOfFile: toml, encoding: .utf8)
            .replacingOccurrences(of: #"region = "[^"]*""#, with: "region = \"\(region)\"", options: .regularExpression)
        try text.write(toFile: toml, atomically: true, encoding: .utf8)
        let pushed = try push(site, folder: folder, cluster: cluster, as: cluster.admin)
        #expect(pushed.status == 0, "\(pushed.stderr)")
        return Date()
    }

    /// The shell command that runs a dashboard (or the kiosk) on one site of `url`.
    static func screenCommand(_ url: String, site: String, kiosk: Bool = false) -> String {
        "env TERM=xterm-256color LANG=C.UTF-8 \(NetraProcess.executable.path) dashboard --source '\(url)' --site \(site)"
            + " --lang en --as-of \(storyMoment)\(kiosk ? " --kiosk" : ""); echo EXIT=$?; sleep 60"
    }

    static func seconds(since start: Date) -> String { String(format: "%.2f s", Date().timeIntervalSince(start)) }

    @Test func aPushShowsOnARunningDashboardOnThePrimaryAndOnAStandby() throws {
        guard let (cluster, _, holder) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let folder = try Self.screenSite("layar", region: "Kota Layar Satu", cluster: cluster, holder: holder)
        let standby = try TestCluster(primary: cluster)
        defer { standby.tearDown() }
        let primaryScreen = Tmux(), standbyScreen = Tmux()
        defer { primaryScreen.kill(); standbyScreen.kill() }
        primaryScreen.start(Self.screenCommand(cluster.url(user: "watcher"), site: "layar"))
        standbyScreen.start(Self.screenCommand(standby.url(user: "watcher"), site: "layar"))
        primaryScreen.wait { $0.contains("Kota Layar Satu") && $0.contains("[1 Overview]") }
        standbyScreen.wait { $0.contains("Kota Layar Satu") && $0.contains("[1 Overview]") }
        for round in ["Dua", "Tiga"] {
            let committed = try Self.repush("layar", folder: folder, region: "Kota Layar \(round)", cluster: cluster)
            let onPrimary = primaryScreen.wait { $0.contains("Kota Layar \(round)") }
            print("province screens: push \(round) on the primary's dashboard \(Self.seconds(since: committed)) after its commit")
            let onStandby = standbyScreen.wait { $0.contains("Kota Layar \(round)") }
            print("province screens: push \(round) on the standby's dashboard \(Self.seconds(since: committed)) after its commit")
            #expect(onPrimary.contains("Kota Layar \(round)") && onStandby.contains("Kota Layar \(round)"))
            // Fresh data, not the last data kept under the banner.
            #expect(!onPrimary.contains("unreachable"))
        }
    }

    @Test func aDashboardAndAKioskKeepTheirDataThroughThirtySecondsWithoutTheDatabase() throws {
        guard let (cluster, _, holder) = Self.prepared else { print(TestCluster.skipReason ?? "database cluster did not start"); return }
        let folder = try Self.screenSite("lobi", region: "Kota Lobi Pagi", cluster: cluster, holder: holder)
        let dashboard = Tmux(), kiosk = Tmux()
        defer { dashboard.kill(); kiosk.kill() }
        dashboard.start(Self.screenCommand(cluster.url(user: "watcher"), site: "lobi"))
        kiosk.start(Self.screenCommand(cluster.url(user: "watcher"), site: "lobi", kiosk: true))
        let before = dashboard.wait { $0.contains("Kota Lobi Pagi") && $0.contains("[1 Overview]") && $0.contains("Alerts (") }
        // "Alerts (13)": the site's figure, to be found again while the database is down.
        let alerts = before.range(of: #"Alerts \([0-9]+\)"#, options: .regularExpression).map { String(before[$0]) } ?? "?"
        let lobbyBefore = kiosk.wait { $0.contains("Kota Lobi Pagi") && $0.contains("updated ") }
        // "updated 10:00:03": when the kiosk's data was read, the same while the database is away.
        let updated = lobbyBefore.range(of: #"updated [0-9]{1,2}[:.][0-9]{2}[:.][0-9]{2}"#, options: .regularExpression).map { String(lobbyBefore[$0]) } ?? "?"

        try cluster.stop()
        let stopped = Date()
        var running = false
        defer { if !running { try? cluster.start() } }
        let banner = dashboard.wait { $0.contains("Database unreachable since ") }
        print("province screens: the dashboard's banner \(Self.seconds(since: stopped)) after the database stopped")
        kiosk.wait { $0.contains("Database unreachable since ") }
        print("province screens: the kiosk's notice \(Self.seconds(since: stopped)) after the database stopped")
        // Since when: the banner names a time of day (the site's zone), seconds included.
        #expect(banner.range(of: #"Database unreachable since [0-9]{1,2}[:.][0-9]{2}[:.][0-9]{2}"#, options: .regularExpression) != nil, "\(banner)")
        // Thirty seconds down: the last data stays on both screens all along.
        Thread.sleep(until: stopped.addingTimeInterval(30))
        let down = dashboard.screen, lobby = kiosk.screen
        #expect(down.contains("Database unreachable since ") && down.contains("Kota Lobi Pagi") && down.contains(alerts), "\(down)")
        #expect(lobby.contains("Database unreachable since ") && lobby.contains("Kota Lobi Pagi") && lobby.contains(updated), "\(lobby)")
        #expect(!lobby.contains("Data unavailable"), "\(lobby)")
        #expect(!down.contains("EXIT=") && !lobby.contains("EXIT="))

        try cluster.start()
        running = true
        let started = Date()
        // The reconnection backoff has reached 16–30 s by now: a generous bound.
        dashboard.wait(timeout: 75) { !$0.contains("unreachable") && $0.contains("Kota Lobi Pagi") }
        print("province screens: the dashboard back \(Self.seconds(since: started)) after the database started")
        kiosk.wait(timeout: 75) { !$0.contains("unreachable") && $0.contains("Kota Lobi Pagi") }
        print("province screens: the kiosk back \(Self.seconds(since: started)) after the database started")
        let committed = try Self.repush("lobi", folder: folder, region: "Kota Lobi Siang", cluster: cluster)
        let after = dashboard.wait { $0.contains("Kota Lobi Siang") && $0.contains("[1 Overview]") }
        kiosk.wait { $0.contains("Kota Lobi Siang") }
        print("province screens: a push after the restart on both screens \(Self.seconds(since: committed)) after its commit")
        #expect(!after.contains("unreachable"))
    }
}

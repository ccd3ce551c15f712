import Foundation
import NetraCore
import Testing
#if canImport(Glibc)
import Glibc
#endif

@Suite struct KioskCommandTests {
    @Test func kioskPinPrintsAHashThatVerifies() throws {
        let run = try NetraProcess.run(["kiosk-pin"], input: "482913\n")
        #expect(run.status == 0)
        let line = run.stdout.trimmingCharacters(in: .newlines)
        #expect(line.hasPrefix("pin_hash = \"$y$"))
        #expect(!run.stdout.contains("482913"))
        let hash = String(line.dropFirst("pin_hash = \"".count).dropLast())
        #expect(PINHash.verify("482913", against: hash))
        #expect(!PINHash.verify("482914", against: hash))
        // The line goes into netra.toml as it is.
        let settings = TOMLFiles.settings(Array("[kiosk]\n\(line)\n".utf8))
        #expect(settings.diagnostics.isEmpty)
        #expect(settings.value?.kiosk.pinHash == hash)
    }

    /// At a terminal: asked twice, again when the two differ or the PIN is refused, in
    /// the interface language.
    @Test(arguments: [("id", "PIN kiosk baru", "Ketik PIN yang sama", "Kedua PIN berbeda; coba lagi.", "PIN terdiri dari 4 sampai 12 angka"),
                      ("en", "New kiosk PIN", "The same PIN again", "The two PINs differ; try again.", "A PIN has 4 to 12 digits")])
    func kioskPinAsksAgainAtATerminal(_ language: String, _ prompt: String, _ again: String, _ differ: String, _ short: String) throws {
        let terminal = try PseudoTerminal()
        try terminal.start(["kiosk-pin", "--lang", language], environment: PseudoTerminal.environment())
        // getpass(3) flushes what was typed before it asks: type only once a prompt shows.
        func typeAfter(_ words: String, occurrence n: Int, _ text: String) {
            let seen = terminal.read(for: 10) { $0.components(separatedBy: words).count > n }
            #expect(seen.components(separatedBy: words).count > n, "waiting for \(words) #\(n)")
            usleep(100_000)
            terminal.type(text)
        }
        typeAfter(prompt, occurrence: 1, "4829\n")
        typeAfter(again, occurrence: 1, "4830\n")
        #expect(terminal.read(for: 10) { $0.contains(differ) }.contains(differ))
        typeAfter(prompt, occurrence: 2, "12\n")
        #expect(terminal.read(for: 10) { $0.contains(short) }.contains(short))
        typeAfter(prompt, occurrence: 3, "4829\n")
        typeAfter(again, occurrence: 2, "4829\n")
        let out = terminal.read(for: 10) { $0.contains("pin_hash = \"$y$") && $0.contains("[kiosk]") }
        let status = terminal.waitForExit(within: 10)
        #expect(status.flatMap(WaitStatus.exitCode) == 0)
        let line = try #require(out.split(whereSeparator: \.isNewline).first { $0.hasPrefix("pin_hash") })
        let hash = String(line.dropFirst("pin_hash = \"".count).prefix { $0 != "\"" })
        #expect(PINHash.verify("4829", against: hash))
        #expect(!out.contains("4829"), "the PIN is never echoed")
    }

    @Test func kioskPinRefusesAShortPIN() throws {
        let run = try NetraProcess.run(["kiosk-pin"], input: "12\n")
        #expect(run.status == 2)
        #expect(run.stderr.contains("PIN terdiri atas 4 sampai 12 angka (yang ini 2)"))
        let english = try NetraProcess.run(["kiosk-pin", "--lang", "en"], input: "12\n")
        #expect(english.stderr.contains("a PIN has 4 to 12 digits"))
        #expect(run.stdout.isEmpty)
    }

    @Test func snapshotKioskShowsTheLobbyFrameMasked() throws {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo").path
        _ = try NetraProcess.run(["demo", demo, "--write-only", "--lang", "en"])
        for page in KioskPage.allCases {
            let run = try NetraProcess.run(["snapshot", "--kiosk", "--data", demo, "--as-of", storyMoment, "--size", "100x30", "--view", page.rawValue])
            #expect(run.status == 0)
            let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.count == 30)
            #expect(run.stdout.range(of: "[0-9]{18}", options: .regularExpression) == nil, "\(page)")
            #expect(!run.stdout.contains("Irwan Saputra"))
            #expect(!run.stdout.contains("Patroli pengawasan"))
            #expect(lines.last!.contains("Kiosk"))
        }
        let countdown = try NetraProcess.run(["snapshot", "--kiosk", "--data", demo, "--as-of", storyMoment])
        #expect(countdown.stdout.contains("Menuju batas SK pemberhentian"))
        // By default the candidates' page shows no person: counts only.
        let officers = try NetraProcess.run(["snapshot", "--kiosk", "--data", demo, "--as-of", storyMoment, "--view", "pegawai"])
        #expect(officers.stdout.contains("Calon menurut partai"))
        #expect(!officers.stdout.contains("198101"))
        let bad = try NetraProcess.run(["snapshot", "--kiosk", "--data", demo, "--view", "weather"])
        #expect(bad.status == 2)
        #expect(bad.stderr == "netra: --view 'weather' tidak diterima; yang diterima: countdown, overview, officers, retirements, schedule, cases\n")
        // A view number names no kiosk page.
        let number = try NetraProcess.run(["snapshot", "--kiosk", "--data", demo, "--view", "2", "--lang", "en"])
        #expect(number.status == 2)
        #expect(number.stderr.contains("--view '2' is not a kiosk page"))
    }
}

/// The lobby screen in a real terminal: keys a passer-by tries, the PIN, hang-ups.
@Suite(.serialized, .enabled(if: Tmux.isAvailable, "needs tmux")) struct KioskEndToEndTests {
    static let pin = "4829"

    /// A demo folder set up as a kiosk (5-second rotation, a PIN) and the command
    /// that runs it, then reports the exit status and whether echo is back on.
    func prepare(term: String = "xterm-256color") throws -> (TemporaryFolder, String) {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo")
        _ = try NetraProcess.run(["demo", demo.path, "--write-only", "--lang", "en"])
        let settingsFile = demo.appendingPathComponent("netra.toml")
        let hash = try PINHash.make(Self.pin)
        let settings = try String(contentsOf: settingsFile, encoding: .utf8)
            .replacingOccurrences(of: "rotate_seconds = 20", with: "rotate_seconds = 5")
            .replacingOccurrences(of: "# pin_hash = \"$y$…\"", with: "pin_hash = \"\(hash)\"")
        #expect(settings.contains(hash))
        try Data(settings.utf8).write(to: settingsFile)
        // `demo --kiosk` runs the story's clock forward, so the rotation moves.
        let command = "env TERM=\(term) LANG=C.UTF-8 \(NetraProcess.executable.path) demo \(demo.path) --kiosk; "
            + "echo EXIT=$?; stty -a | tr ' ' '\\n' | grep -x -e echo -e -echo; echo DONE; sleep 30"
        return (tmp, command)
    }

    /// Children of every thread of `pid`.
    func children(of pid: pid_t) -> [String] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")) ?? []
        return tasks.flatMap { task in
            ((try? String(contentsOfFile: "/proc/\(pid)/task/\(task)/children", encoding: .utf8)) ?? "").split(separator: " ").map(String.init)
        }
    }

    /// The process state letter from /proc (R, S, T for stopped…).
    func state(of pid: pid_t) -> String {
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        guard let close = stat.lastIndex(of: ")") else { return "?" }
        return String(stat[stat.index(close, offsetBy: 2)])
    }

    @Test func keysNeitherQuitNorSuspendNorSpawnAndThePINUnlocks() throws {
        let (tmp, command) = try prepare()
        defer { _ = tmp }
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start(command)
        // Every wait names all that is then asserted to be there: tmux may show a frame
        // half drawn (the top lines new, the rest not yet), most of all under load.
        var screen = tmux.wait { $0.contains("● Hitung mundur") && $0.contains("Menuju batas SK") && $0.contains("Kiosk · diperbarui") }
        #expect(screen.contains("Kiosk · diperbarui"))
        #expect(screen.range(of: "[0-9]{18}", options: .regularExpression) == nil)
        // The rotation moves by itself.
        screen = tmux.wait { $0.contains("● Ringkasan") && $0.contains("Calon terdaftar") }
        #expect(screen.contains("● Ringkasan"))
        #expect(!screen.contains("Yuliana Tandi") && !screen.contains("Y. T.") && screen.contains("Calon terdaftar"))
        let pid = try #require(tmux.dashboardPID())

        for key in ["q", "C-c", "C-z", "C-\\", ":", "!", "Escape", "C-d", "C-s", "C-q", "r", "?", "/", "F1", "F10", "Enter", "e", "v"] {
            tmux.keys(key)
        }
        tmux.typed(":!sh\n")
        screen = tmux.wait { $0.contains("rotasi dijeda") }
        #expect(screen.contains("rotasi dijeda"), "a key pauses the rotation")
        // Proof that every key above was read: the unlock key, sent last, opens the
        // PIN prompt (a stopped or ended kiosk would never show it).
        tmux.keys("F12")
        tmux.wait { $0.contains("Esc batal") }
        tmux.keys("Escape")
        tmux.wait { !$0.contains("Esc batal") }
        #expect(kill(pid, 0) == 0, "still running")
        #expect(state(of: pid) != "T", "not stopped by Ctrl-Z")
        #expect(children(of: pid).isEmpty, "no child process")
        #expect(!tmux.screen.contains("EXIT="))
        // The screen keeps updating (Ctrl-S did not freeze output): the pause counts down.
        let before = tmux.screen.split(separator: "\n").last.map(String.init) ?? ""
        screen = tmux.wait { ($0.split(separator: "\n").last.map(String.init) ?? "") != before }
        #expect((screen.split(separator: "\n").last.map(String.init) ?? "") != before)

        // A wrong PIN is refused; the right one opens the full dashboard.
        tmux.keys("F12")
        tmux.typed("1111")
        tmux.keys("Enter")
        screen = tmux.wait { $0.contains("PIN salah") }
        #expect(screen.contains("PIN salah"))
        tmux.keys("F12")
        tmux.typed(Self.pin)
        screen = tmux.wait { $0.contains("PIN: ••••") }
        #expect(!screen.contains(Self.pin + " "))
        tmux.keys("Enter")
        screen = tmux.wait { $0.contains("Kiosk terbuka") && $0.contains("[1 Ringkasan]") }
        #expect(screen.contains("[1 Ringkasan]"))
        tmux.keys("2")
        screen = tmux.wait { $0.contains("[2 Pegawai]") && $0.contains("198101052009011001") }
        #expect(screen.contains("198101052009011001"), "unlocked: the full data")
        tmux.keys("q")
        screen = tmux.wait { $0.contains("DONE") }
        #expect(screen.contains("EXIT=0"))
        #expect(screen.split(separator: "\n").contains("echo"))
    }

    /// `netra demo --kiosk --as-of`: the data clock stands still, the rotation runs on
    /// real time; the demo writes its PIN and says how to unlock; F12 locks again.
    @Test func aDemoKioskStartedAsOfRotatesAndCanBeLeft() throws {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo")
        _ = try NetraProcess.run(["demo", demo.path, "--write-only"])
        let settingsFile = demo.appendingPathComponent("netra.toml")
        let settings = try String(contentsOf: settingsFile, encoding: .utf8).replacingOccurrences(of: "rotate_seconds = 20", with: "rotate_seconds = 5")
        try Data(settings.utf8).write(to: settingsFile)
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start("env TERM=xterm-256color LANG=C.UTF-8 \(NetraProcess.executable.path) demo \(demo.path) --kiosk --as-of \(storyMoment); "
                   + "echo EXIT=$?; sleep 30")
        var screen = tmux.wait { $0.contains("● Hitung mundur") && $0.contains("demo: F12, lalu 1234") && $0.contains("Sel 23 Mei 2023 10:00 WITA") }
        #expect(screen.contains("Sel 23 Mei 2023 10:00 WITA"))
        // A later data clock would never show this moment again: the wait fails then.
        screen = tmux.wait { $0.contains("● Ringkasan") && $0.contains("Sel 23 Mei 2023 10:00 WITA") }
        #expect(screen.contains("● Ringkasan"), "the rotation follows real time, not the frozen data clock")
        #expect(screen.contains("Sel 23 Mei 2023 10:00 WITA"), "the data clock stands still")
        #expect(try String(contentsOf: settingsFile, encoding: .utf8).contains("pin_hash = \"$y$"))
        tmux.keys("F12")
        tmux.typed(DemoData.kioskPIN)
        tmux.keys("Enter")
        screen = tmux.wait { $0.contains("Kiosk terbuka · F12 kunci sekarang") && $0.contains("terkunci sendiri dalam") }
        #expect(screen.contains("terkunci sendiri dalam"))
        tmux.keys("F12")
        screen = tmux.wait { $0.contains("● Hitung mundur") && !$0.contains("Kiosk terbuka") }
        #expect(!screen.contains("EXIT="))
    }

    @Test func aTapShowsAPageOrPausesTheRotation() throws {
        let (tmp, command) = try prepare()
        defer { _ = tmp }
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start(command, width: 100, height: 30)
        var screen = tmux.wait { $0.contains("● Hitung mundur") }
        let rotationLine = screen.split(separator: "\n")[1]
        let column = try #require(rotationLine.range(of: "Kasus").map { rotationLine.distance(from: rotationLine.startIndex, to: $0.lowerBound) })
        // A touch screen's tap arrives as an xterm (SGR) mouse press and release.
        tmux.typed("\u{1B}[<0;\(column + 2);2M\u{1B}[<0;\(column + 2);2m")
        // The tab line is drawn first: wait for the page and the pause too, not for the
        // tab alone (a half-drawn frame failed here under load).
        screen = tmux.wait { $0.contains("● Kasus") && $0.contains("Kasus netralitas menurut status") && $0.contains("rotasi dijeda") }
        #expect(screen.contains("Kasus netralitas menurut status"))
        #expect(screen.contains("rotasi dijeda"))
        tmux.typed("\u{1B}[<0;50;15M\u{1B}[<0;50;15m")
        // The unlock key, sent after the tap, opens the PIN prompt: the tap was read.
        tmux.keys("F12")
        screen = tmux.wait { $0.contains("Esc batal") && $0.contains("● Kasus") }
        #expect(screen.contains("● Kasus"), "a tap elsewhere only pauses")
    }

    @Test func startsBeforeItsFolderExistsAndRecoversWhenItAppears() throws {
        let tmp = try TemporaryFolder()
        let folder = tmp.url.appendingPathComponent("share-not-mounted-yet").path
        let tmux = Tmux()
        defer { tmux.kill() }
        tmux.start("env TERM=xterm-256color LANG=C.UTF-8 \(NetraProcess.executable.path) dashboard --kiosk --data \(folder); echo EXIT=$?; sleep 30")
        var screen = tmux.wait { $0.contains("Data tidak tersedia sejak") && $0.contains("Layar ini kembali sendiri") }
        #expect(screen.contains("Layar ini kembali sendiri"))
        #expect(!screen.contains("error") && !screen.contains("EXIT="))
        _ = try NetraProcess.run(["demo", folder, "--write-only", "--lang", "en"])
        screen = tmux.wait { $0.contains("● Hitung mundur") }
        #expect(!screen.contains("Data tidak tersedia"))
        #expect(screen.contains("● Hitung mundur"))
    }

    @Test func interruptIsIgnoredHangUpAndTerminateEndIt() throws {
        // The Linux console (the deploy unit's TERM) and a terminal emulator.
        for (signal, status, term) in [(SIGHUP, 129, "linux"), (SIGTERM, 143, "xterm-256color")] {
            let (tmp, command) = try prepare(term: term)
            defer { _ = tmp }
            let tmux = Tmux()
            defer { tmux.kill() }
            tmux.start(command)
            tmux.wait { $0.contains("Menuju batas SK") }
            let pid = try #require(tmux.dashboardPID())
            kill(pid, SIGINT)
            kill(pid, SIGQUIT)
            kill(pid, SIGTSTP)
            // The signals are pending before this key is sent: a key that pauses the
            // rotation proves the kiosk read it after them, neither ended nor stopped.
            tmux.keys("x")
            tmux.wait { $0.contains("rotasi dijeda") }
            #expect(kill(pid, 0) == 0 && state(of: pid) != "T", "SIGINT, SIGQUIT and SIGTSTP do not end or stop a kiosk")
            kill(pid, signal)
            let screen = tmux.wait { $0.contains("DONE") }
            #expect(screen.contains("EXIT=\(status)"))
            #expect(screen.split(separator: "\n").contains("echo"))
            #expect(tmux.format("#{alternate_on}") == "0")
        }
    }
}

// netra-bench: load + validate + derive over generated data folders.
//
//   swift run -c release netra-bench               # 10k, 100k and 1M officers
//   swift run -c release netra-bench 100000        # one size
//   swift run -c release netra-bench --dashboard   # frame and search times, 100k officers
//   swift run -c release netra-bench --lists       # filter and sort by a column per keystroke, 100k officers
//   swift run -c release netra-bench --terminal-bytes  # bytes sent per idle clock tick (needs tmux)
//   swift run -c release netra-bench --reload-parts [N] # read, parse alone, derive, model and first frame timed apart (100k)
//   swift run -c release netra-bench --reload [N]      # rename → new model latency, memory over N reloads (100k)
//   swift run -c release netra-bench --fast-writer [S] # a rename every 100 ms for S seconds through ReloadPipeline (100k)
//   swift run -c release netra-bench --follow          # what circulars and acknowledgements add to a 100k load
//   swift run -c release netra-bench --workbook [N]    # the workbook shapes (hidden sheets, repeats, far-right cells), each in a child
//                                                      # with its peak RSS; then officers.xlsx and .ods of N rows (100k) through the dashboard's read
//   swift run -c release netra-bench --generate N      # only writes bench-data/N (scripts/bench-end-to-end.py uses it)
//   swift run -c release netra-bench --kpu [L] [N]     # L KPU-listed names (10k) matched against N officers (100k)
//   swift run -c release netra-bench --wide-heading [C] [S]  # officers.csv with a C-column heading (100k), officers.xlsx with S (16,384)
//   swift run -c release netra-bench --memory [N]     # what each part of the dashboard's model holds (1M)
//   swift run -c release netra-bench --province --to URL [--sites N] [--officers TOTAL] [--connections C] [--skip-push]  # a province in PostgreSQL (514, 4.3M)
//
// Each size runs in its own child process so that its peak memory (ru_maxrss) is its
// own. Folders are generated once under bench-data/ (git-ignored) and reused.
import Foundation
import NetraCore
import NetraTUI

#if canImport(Glibc)
import Glibc
#endif

/// Writes a realistic folder: Indonesian headings, `;`, many repeated units/positions,
/// 5 % candidates, quoted names with commas now and then.
func generateFolder(officers count: Int, at folder: URL) throws {
    let fm = FileManager.default
    if fm.fileExists(atPath: folder.appendingPathComponent("officers.csv").path) { return }
    try fm.createDirectory(at: folder, withIntermediateDirectories: true)
    let first = ["Agus", "Budi", "Siti", "Dewi", "Eko", "Fitri", "Hendra", "Indah", "Joko", "Lina", "Rudi", "Sri", "Wahyu", "Yuli", "Andi", "Nurul"]
    let last = ["Santoso", "Wijaya", "Rahmawati", "Saputra", "Lestari", "Hidayat", "Kurniawan", "Handayani", "Pratama", "Sari", "Nugroho", "Wulandari"]
    let units = (1...60).map { "Unit Kerja \($0) Pemerintah Kota" }
    let positions = (1...250).map { "Jabatan Fungsional Tingkat \($0)" }
    let grades = ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b", "IV/c"]
    let parties = ["Partai Nusantara Maju", "Partai Karya Rakyat", "Partai Bintang Harapan"]

    var text = "NIP;NAMA;UNIT KERJA;JABATAN;GOL/RUANG;PENCALONAN;PARTAI;DAPIL;BUP\n"
    text.reserveCapacity(count * 130)
    var nips: [String] = []
    nips.reserveCapacity(count / 50 + 1)
    let base = CivilDate(year: 1965, month: 1, day: 1)!
    for i in 0..<count {
        let birth = base.adding(days: i % 12_000)
        let start = birth.adding(months: 12 * (20 + i % 12))
        let nip = String(format: "%04d%02d%02d%04d%02d%d%03d", birth.year, birth.month, birth.day,
                         start.year, start.month, 1 + i % 2, i / 12_000 + 1)
        let candidate = i % 20 == 0
        let name = i % 97 == 0 ? "\"\(last[i % last.count]), \(first[i % first.count])\"" : "\(first[i % first.count]) \(last[(i / 16) % last.count])"
        text += "\(nip);\(name);\(units[i % units.count]);\(positions[(i * 7) % positions.count]);\(grades[i % grades.count]);"
        text += candidate ? "bacaleg;\(parties[i % parties.count]);Balikpapan \(1 + i % 6);\n" : "-;;;\n"
        if i % 50 == 0 { nips.append(nip) }
    }
    try Data(text.utf8).write(to: folder.appendingPathComponent("officers.csv"))

    var requests = "nip,kind,filed_on,stage,effective_on,decree_no\n"
    var cases = "id;nip;reported_on;source;category;summary;status\n"
    for (k, nip) in nips.enumerated() {
        requests += "\(nip),\(["pensiun dini", "pengunduran diri", "bup"][k % 3]),\(1 + k % 28)/05/2023,\(["diajukan", "diverifikasi", "dikirim ke bkn", "sk terbit"][k % 4]),,\n"
        if k % 4 == 0 {
            cases += "K-\(k);\(nip);\(1 + k % 28) Mei 2023;\(["Bawaslu", "KIPP", "Masyarakat"][k % 3]);Kegiatan partai;\"Laporan, nomor \(k)\";\(["baru", "klarifikasi", "selesai"][k % 3])\n"
        }
    }
    try Data(requests.utf8).write(to: folder.appendingPathComponent("retirements.csv"))
    try Data(cases.utf8).write(to: folder.appendingPathComponent("cases.csv"))
    for (file, text) in DemoData.files where file == .schedule || file == .settings {
        try Data(text.utf8).write(to: folder.appendingPathComponent(file.fileName))
    }
}

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Measures one size in this process: the median of several runs.
func measure(officers count: Int, folder: URL) {
    let runs = count >= 1_000_000 ? 3 : 7
    var times: [Double] = []
    var summary = ""
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        let reading = DataFolder.read(from: FolderFiles(folder: folder))
        let situation = Situation(dataset: reading.dataset, now: DemoData.storyMoment)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        times.append(seconds)
        summary = "\(situation.counts.officers) officers, \(situation.counts.candidates) candidates, \(situation.alerts.count) alerts, \(reading.diagnostics.errorCount) errors"
    }
    times.sort()
    print(String(format: "%9d officers: median %.3f s (min %.3f, max %.3f, %d runs), peak RSS %.0f MB — %@",
                 count, times[times.count / 2], times[0], times[times.count - 1], runs, peakMemoryMB(), summary))
}

/// Frame computation and incremental search over a big folder (dashboard goals:
/// a 200×60 frame under 5 ms, a search keystroke under 16 ms).
func measureDashboard(officers count: Int, folder: URL) {
    func median(_ runs: Int, _ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<runs {
            let start = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return times.sorted()[times.count / 2]
    }
    let model = DashboardModel(reading: DataFolder.read(from: FolderFiles(folder: folder)), now: DemoData.storyMoment)
    let renderer = FrameRenderer(language: .id)
    for view in ViewID.allCases {
        let state = UIState(view: view)
        let first = median(1) { _ = renderer.render(model, state: state, width: 200, height: 60) }
        let steady = median(51) { _ = renderer.render(model, state: state, width: 200, height: 60) }
        print(String(format: "frame 200x60 %-12@ first %7.2f ms (sorts once), then median %6.2f ms", "\(view)" as NSString, first, steady))
    }
    // The kiosk redraws once a second: each page, with the paging it works out first
    // (the run loop asks for the page count, then renders).
    let kiosk = KioskRenderer(language: .id)
    let lock = KioskLock(unlockKey: .function(12), pinHash: nil)
    for (index, page) in model.dataset.settings.kiosk.pages.enumerated() {
        let rotation = KioskRotation(startingAt: DemoData.storyMoment, pageIndex: index)
        let tick = median(51) {
            _ = kiosk.parts(ofPage: index, model, width: 200, height: 60)
            _ = kiosk.render(model, rotation: rotation, lock: lock, width: 200, height: 60, now: DemoData.storyMoment)
        }
        print(String(format: "kiosk 200x60 %-12@ page count + frame: median %6.2f ms", "\(page)" as NSString, tick))
    }
    // Typing "hendra" one key at a time: each keystroke filters the sorted list
    // anew and draws the frame.
    var state = UIState(view: .officers)
    _ = renderer.render(model, state: state, width: 200, height: 60)
    let indexTime = median(1) { model.prepareSearch() }  // the dashboard does this off the UI thread
    print(String(format: "search index for %d officers: %.0f ms (built once per reload, off the UI thread)", count, indexTime))
    var perKey: [Double] = []
    for _ in 0..<5 {
        state.search[.officers] = nil
        for c in "hendra" {
            state.search[.officers, default: ""].append(c)
            let s = state
            perKey.append(median(1) { _ = renderer.render(model, state: s, width: 200, height: 60) })
        }
    }
    print("per keystroke, first round (h, he, hen, …): " + perKey.prefix(6).map { String(format: "%.1f", $0) }.joined(separator: " ") + " ms")
    perKey.sort()
    print(String(format: "search keystroke over %d officers + frame: median %.2f ms, max %.2f ms (%d keystrokes)",
                 count, perKey[perKey.count / 2], perKey.last!, perKey.count))
}

/// Runs the demo dashboard (200×60) in tmux, records what it sends to the terminal
/// for 65 idle seconds (so a minute boundary passes: the header clock shows minutes),
/// and reports the bytes (goal: under 200 per clock change).
func measureTerminalBytes() {
    let netra = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("netra").path
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("netra-bytes-\(getpid())").path
    let script = """
    set -e
    T="tmux -L netra-bytes-$$"
    mkdir -p \(work)
    $T new-session -d -s t -x 200 -y 60 "env TERM=xterm-256color LANG=C.UTF-8 \(netra) demo \(work)/demo; sleep 120"
    sleep 2
    $T pipe-pane -t t -o 'cat >> \(work)/bytes'
    sleep 65
    $T pipe-pane -t t
    $T kill-server
    """
    let argv: [UnsafeMutablePointer<CChar>?] = [strdup("/bin/sh"), strdup("-c"), strdup(script), nil]
    var pid: pid_t = 0
    guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { print("cannot start /bin/sh"); return }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let bytes = (try? FileManager.default.attributesOfItem(atPath: work + "/bytes")[.size] as? Int) ?? 0
    print("terminal bytes while idle for 65 s: \(bytes) (one minute change of the header clock; nothing else moves)")
    try? FileManager.default.removeItem(atPath: work)
}

func residentMB() -> Double {
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "0") ?? 0) / 1024
}

/// From the rename of a 100k-officer officers.csv to the new dashboard model (what the
/// screen draws next), through the real watcher and its 150 ms debounce; then memory
/// after many reloads compared with after the first.
func measureReload(officers count: Int, folder source: URL, reloads: Int) throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("netra-reload-\(getpid())")
    try? FileManager.default.removeItem(at: work)
    try FileManager.default.copyItem(at: source, to: work)
    defer { try? FileManager.default.removeItem(at: work) }
    let original = try Data(contentsOf: work.appendingPathComponent("officers.csv"))
    let live = LiveFolder(source: FolderFiles(folder: work))
    _ = live.loadAll(at: DemoData.storyMoment)
    let done = DispatchSemaphore(value: 0)
    let watcher = FolderWatcher(folder: work.path) { files in
        _ = DashboardModel(live: live.reload(files, at: DemoData.storyMoment, settled: true), now: DemoData.storyMoment)
        HeapTrim.releaseFreeMemory()  // as the dashboard does after swapping models
        done.signal()
    }
    watcher.start()
    var latencies: [Double] = []
    var afterFirst = 0.0
    for i in 0..<reloads {
        let temp = work.appendingPathComponent(".officers.csv.tmp")
        try original.write(to: temp)
        let start = DispatchTime.now().uptimeNanoseconds
        rename(temp.path, work.appendingPathComponent("officers.csv").path)
        done.wait()
        latencies.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        if i == 0 { afterFirst = residentMB() }
    }
    watcher.stop()
    latencies.sort()
    print(String(format: "rename of %d-officer officers.csv → new model: median %.0f ms, max %.0f ms (%d reloads, debounce included)",
                 count, latencies[latencies.count / 2], latencies.last!, reloads))
    print(String(format: "memory: %.0f MB after the first reload, %.0f MB after %d (%+.1f %%)",
                 afterFirst, residentMB(), reloads, (residentMB() - afterFirst) / afterFirst * 100))
}

HeapTrim.useSingleArena()  // as `netra` does at start-up
let arguments = CommandLine.arguments.dropFirst()
let root = URL(fileURLWithPath: "bench-data")
if arguments.first == "--generate", let n = arguments.dropFirst().first.flatMap(Int.init) {
    try generateFolder(officers: n, at: root.appendingPathComponent("\(n)"))
    exit(0)
}
if arguments.first == "--reload-parts" {
    // The steps between a folder and its first frame, each timed alone (median of 5):
    // where the first screen's time goes. `--reload-parts [N]` (100k by default).
    let n = arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
    let folder = root.appendingPathComponent("\(n)")
    try generateFolder(officers: n, at: folder)
    func ms(_ body: () -> Void) -> Double {
        var times: [Double] = []
        for _ in 0..<5 {
            let s = DispatchTime.now().uptimeNanoseconds
            body()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - s) / 1e6)
        }
        return times.sorted()[2]
    }
    var reading: FolderReading!
    let tRead = ms { reading = DataFolder.read(from: FolderFiles(folder: folder)) }
    // The roster's bytes already in memory: parsing and indexing alone.
    let rosterBytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("officers.csv")))
    let tParse = ms { _ = RecordReaders.officers(rosterBytes) }
    let tSituation = ms { _ = Situation(dataset: reading.dataset, now: DemoData.storyMoment) }
    var model: DashboardModel!
    let tModel = ms { model = DashboardModel(reading: reading, now: DemoData.storyMoment) }
    let renderer = FrameRenderer(language: .id)
    // A fresh model per run: the overview's first frame, as the user's first screen.
    var fresh = (0..<5).map { _ in DashboardModel(reading: reading, now: DemoData.storyMoment) }
    let tFrame = ms { _ = renderer.render(fresh.removeLast(), state: UIState(view: .overview), width: 120, height: 40) }
    _ = model
    print(String(format: "%d officers: read %.0f ms (officers.csv parsed from memory %.0f ms), situation %.0f ms, dashboard model %.0f ms, first overview frame 120x40 %.1f ms",
                 n, tRead, tParse, tSituation, tModel, tFrame))
    exit(0)
}
if arguments.first == "--reload" {
    let reloads = arguments.dropFirst().first.flatMap(Int.init) ?? 1000
    let folder = root.appendingPathComponent("100000")
    try generateFolder(officers: 100_000, at: folder)
    try measureReload(officers: 100_000, folder: folder, reloads: reloads)
    exit(0)
}
if arguments.first == "--fast-writer" {
    let seconds = arguments.dropFirst().first.flatMap(Int.init) ?? 60
    let folder = root.appendingPathComponent("100000")
    try generateFolder(officers: 100_000, at: folder)
    try measureFastWriter(folder: folder, seconds: seconds)
    exit(0)
}
if arguments.first == "--workbook-shape", let folder = arguments.dropFirst().first {
    readWorkbookShape(folder: folder)
    exit(0)
}
if arguments.first == "--workbook" {
    try measureWorkbookShapes()
    try measureWorkbooks(officers: arguments.dropFirst().first.flatMap(Int.init) ?? 100_000)
    exit(0)
}
if arguments.first == "--kpu" {
    let numbers = arguments.dropFirst().compactMap { Int($0) }
    try measureKPU(listed: numbers.first ?? 10_000, officers: numbers.dropFirst().first ?? 100_000)
    exit(0)
}
if arguments.first == "--wide-heading" {
    let numbers = arguments.dropFirst().compactMap { Int($0) }
    try measureWideHeading(csvColumns: numbers.first ?? 100_000, sheetColumns: numbers.dropFirst().first ?? 16_384)
    exit(0)
}
if arguments.first == "--province" {
    try measureProvince(Array(arguments))
    exit(0)
}
if arguments.first == "--long-word" {
    measureLongWord(megabytes: arguments.dropFirst().first.flatMap(Int.init) ?? 1)
    exit(0)
}
if arguments.first == "--follow" {
    try measureFollowThrough()
    exit(0)
}
if arguments.first == "--terminal-bytes" {
    measureTerminalBytes()
    exit(0)
}
if arguments.first == "--dashboard" {
    let n = arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
    let folder = root.appendingPathComponent("\(n)")
    try generateFolder(officers: n, at: folder)
    measureDashboard(officers: n, folder: folder)
    exit(0)
}
if arguments.first == "--lists" {
    let n = arguments.dropFirst().first.flatMap(Int.init) ?? 100_000
    let folder = root.appendingPathComponent("\(n)")
    try generateFolder(officers: n, at: folder)
    measureLists(officers: n, folder: folder)
    exit(0)
}
if arguments.first == "--memory" {
    let n = arguments.dropFirst().first.flatMap(Int.init) ?? 1_000_000
    let folder = root.appendingPathComponent("\(n)")
    try generateFolder(officers: n, at: folder)
    measureMemory(officers: n, folder: folder)
    exit(0)
}
if arguments.first == "--child", let n = arguments.dropFirst().first.flatMap(Int.init) {
    measure(officers: n, folder: root.appendingPathComponent("\(n)"))
    exit(0)
}

let sizes = arguments.compactMap(Int.init).isEmpty ? [10_000, 100_000, 1_000_000] : arguments.compactMap(Int.init)
for n in sizes {
    let folder = root.appendingPathComponent("\(n)")
    try generateFolder(officers: n, at: folder)
    let child = Process()
    child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
    child.arguments = ["--child", String(n)]
    try child.run()
    child.waitUntilExit()
}

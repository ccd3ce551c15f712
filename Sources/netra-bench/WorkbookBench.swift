import Foundation
import NetraCore
import ZIPFoundation

/// `--workbook [N]`: a roster of N officers (100k by default) saved as officers.xlsx and
/// as officers.ods, each alone in a temporary folder, loaded through the path the
/// dashboard takes (`DataFolder.read` on the folder, which picks the workbook, reads
/// its sheet and hands it to the officers reader). Goal: under 2 s for 100k rows.
///
/// The files are laid out as the programs write them: the xlsx with every text in the
/// shared-string table (Excel and LibreOffice both do), cell references on each cell,
/// a date style on the retirement date; the ods with typed cells, `calcext` types and
/// a paragraph per text cell, as LibreOffice saves.
func measureWorkbooks(officers count: Int) throws {
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("netra-workbook-bench-\(getpid())")
    defer { try? FileManager.default.removeItem(at: work) }
    let rows = WorkbookRows(count: count)
    for (form, build) in [("xlsx", rows.xlsx), ("ods", rows.ods)] as [(String, () throws -> [(String, [UInt8])])] {
        let folder = work.appendingPathComponent(form)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("officers.\(form)")
        let generated = DispatchTime.now().uptimeNanoseconds
        try writeZip(try build(), to: file)
        let size = (try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0
        let made = Double(DispatchTime.now().uptimeNanoseconds - generated) / 1e9
        var times: [Double] = [], cpu: [Double] = []
        var summary = ""
        for _ in 0..<7 {
            let start = DispatchTime.now().uptimeNanoseconds, startCPU = threadCPUSeconds()
            let reading = DataFolder.read(from: FolderFiles(folder: folder))
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            cpu.append(threadCPUSeconds() - startCPU)
            summary = "\(reading.dataset.officers.count) officers, \(reading.diagnostics.errorCount) errors"
            precondition(reading.dataset.officers.count == count - count / 1000, "the roster did not load: \(reading.diagnostics.prefix(3))")
        }
        times.sort()
        cpu.sort()
        // Of that, opening the archive and parsing the sheet's XML into typed rows (the
        // rest is writing the rows as CSV and the officers reader).
        let bytes = Array(try Data(contentsOf: file))
        var parse: [Double] = []
        for _ in 0..<7 {
            let start = DispatchTime.now().uptimeNanoseconds
            let sheet = try Workbook.sheet(bytes, preferring: ["pegawai"])
            parse.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            precondition(sheet.rows.count == count + 1)
        }
        parse.sort()
        print(String(format: "officers.%@ %d rows (%.1f MB): load median %.3f s (min %.3f, max %.3f, 7 runs; CPU median %.3f s), of which archive + XML %.3f s — %@",
                     form, count, Double(size) / 1e6, times[3], times[0], times[6], cpu[3], parse[3], summary))
        print(String(format: "  (written in %.1f s; peak RSS %.0f MB so far, the generator's copies included)", made, peakMemoryMB()))
    }
}

/// CPU time of the calling thread: what the load cost, whatever else the shared
/// machine is running (wall time is reported too, and is what the goal is about).
func threadCPUSeconds() -> Double {
    var t = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
    return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// The rows of the generated roster; one row in a thousand has its NIP typed as a
/// number (an error the reader must report, and skip).
struct WorkbookRows {
    let count: Int
    static let headings = ["NIP", "NAMA", "UNIT KERJA", "JABATAN", "GOL/RUANG", "PENCALONAN", "PARTAI", "DAPIL", "BUP", "TMT PENSIUN"]
    static let first = ["Agus", "Budi", "Siti", "Dewi", "Eko", "Fitri", "Hendra", "Indah", "Joko", "Lina", "Rudi", "Sri", "Wahyu", "Yuli"]
    static let last = ["Santoso", "Wijaya", "Rahmawati", "Saputra", "Lestari", "Hidayat", "Kurniawan", "Handayani", "Pratama", "Sari"]
    static let grades = ["II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d", "IV/a", "IV/b"]

    /// One officer's cells: text, or a number (`nil` text), and the retirement date as a
    /// day count from 1899-12-30 (the spreadsheet epoch).
    struct Row {
        let nip: String
        let nipIsNumber: Bool
        let texts: [String]  // NAMA … DAPIL
        let age: Int
        let retirement: CivilDate
    }

    func row(_ i: Int) -> Row {
        let base = CivilDate(year: 1965, month: 1, day: 1)!
        let birth = base.adding(days: i % 12_000)
        let start = birth.adding(months: 12 * (20 + i % 12))
        let nip = String(format: "%04d%02d%02d%04d%02d%d%03d", birth.year, birth.month, birth.day, start.year, start.month, 1 + i % 2, i / 12_000 + 1)
        let candidate = i % 20 == 0
        let texts = ["\(Self.first[i % Self.first.count]) \(Self.last[(i / 14) % Self.last.count])", "Unit Kerja \(i % 60 + 1) Pemerintah Kota",
                     "Jabatan Fungsional Tingkat \((i * 7) % 250 + 1)", Self.grades[i % Self.grades.count], candidate ? "bacaleg" : "-",
                     candidate ? "Partai Nusantara Maju" : "", candidate ? "Balikpapan \(1 + i % 6)" : ""]
        // The first of the month after the 58th birthday.
        let retirement = CivilDate(year: birth.year + 58, month: birth.month, day: 1)!.adding(months: 1)
        return Row(nip: nip, nipIsNumber: i % 1000 == 999, texts: texts, age: 58, retirement: retirement)
    }

    static func serial(_ d: CivilDate) -> Int { d.dayNumber - CivilDate(year: 1899, month: 12, day: 30)!.dayNumber }

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
    }

    func xlsx() throws -> [(String, [UInt8])] {
        var shared: [String] = []
        var index: [String: Int] = [:]
        func s(_ text: String) -> Int {
            if let i = index[text] { return i }
            shared.append(text)
            index[text] = shared.count - 1
            return shared.count - 1
        }
        var sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><dimension ref=\"A1:J\(count + 1)\"/><sheetData>"
        sheet.reserveCapacity(count * 420)
        func cells(_ r: Int, _ body: String) { sheet += "<row r=\"\(r)\" spans=\"1:10\" customFormat=\"false\" ht=\"12.8\" hidden=\"false\">\(body)</row>" }
        cells(1, Self.headings.enumerated().map { "<c r=\"\(SheetCell.columnLetters($0))1\" t=\"s\"><v>\(s($1))</v></c>" }.joined())
        for i in 0..<count {
            let row = row(i), r = i + 2
            var body = row.nipIsNumber ? "<c r=\"A\(r)\" t=\"n\"><v>\(Double(row.nip)!)</v></c>" : "<c r=\"A\(r)\" s=\"2\" t=\"s\"><v>\(s(row.nip))</v></c>"
            for (k, text) in row.texts.enumerated() where !text.isEmpty {
                body += "<c r=\"\(SheetCell.columnLetters(k + 1))\(r)\" t=\"s\"><v>\(s(text))</v></c>"
            }
            body += "<c r=\"I\(r)\" t=\"n\"><v>\(row.age)</v></c><c r=\"J\(r)\" s=\"1\" t=\"n\"><v>\(Self.serial(row.retirement))</v></c>"
            cells(r, body)
        }
        sheet += "</sheetData></worksheet>"
        let sst = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"\(shared.count)\" uniqueCount=\"\(shared.count)\">"
            + shared.map { "<si><t xml:space=\"preserve\">\(Self.escaped($0))</t></si>" }.joined() + "</sst>"
        let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        return [
            ("[Content_Types].xml", Array("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".utf8)),
            ("_rels/.rels", Array("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"\(rel)/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>".utf8)),
            ("xl/workbook.xml", Array("<?xml version=\"1.0\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"\(rel)\"><sheets><sheet name=\"Pegawai\" sheetId=\"1\" r:id=\"rId10\"/></sheets></workbook>".utf8)),
            ("xl/_rels/workbook.xml.rels", Array("<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId10\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"\(rel)/sharedStrings\" Target=\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"\(rel)/styles\" Target=\"styles.xml\"/></Relationships>".utf8)),
            ("xl/styles.xml", Array("<?xml version=\"1.0\"?><styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/></numFmts><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/><xf numFmtId=\"49\"/></cellXfs></styleSheet>".utf8)),
            ("xl/sharedStrings.xml", Array(sst.utf8)),
            ("xl/worksheets/sheet1.xml", Array(sheet.utf8)),
        ]
    }

    func ods() throws -> [(String, [UInt8])] {
        func text(_ t: String) -> String {
            t.isEmpty ? "<table:table-cell/>" : "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"><text:p>\(Self.escaped(t))</text:p></table:table-cell>"
        }
        var content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:calcext=\"urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0\" office:version=\"1.3\"><office:body><office:spreadsheet><table:table table:name=\"Pegawai\"><table:table-column table:number-columns-repeated=\"10\"/>"
        content.reserveCapacity(count * 1100)
        content += "<table:table-row>" + Self.headings.map(text).joined() + "</table:table-row>"
        for i in 0..<count {
            let row = row(i)
            content += "<table:table-row table:style-name=\"ro1\">"
            content += row.nipIsNumber ? "<table:table-cell office:value-type=\"float\" office:value=\"\(row.nip)\" calcext:value-type=\"float\"><text:p>\(Double(row.nip)!)</text:p></table:table-cell>" : text(row.nip)
            for t in row.texts { content += text(t) }
            content += "<table:table-cell office:value-type=\"float\" office:value=\"\(row.age)\" calcext:value-type=\"float\"><text:p>\(row.age)</text:p></table:table-cell>"
            content += "<table:table-cell table:style-name=\"ce1\" office:value-type=\"date\" office:date-value=\"\(row.retirement)\" calcext:value-type=\"date\"><text:p>\(row.retirement)</text:p></table:table-cell>"
            content += "</table:table-row>"
        }
        content += "<table:table-row table:number-rows-repeated=\"1048000\"><table:table-cell table:number-columns-repeated=\"1024\"/></table:table-row></table:table></office:spreadsheet></office:body></office:document-content>"
        return [
            ("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)),
            ("META-INF/manifest.xml", Array("<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>".utf8)),
            ("content.xml", Array(content.utf8)),
        ]
    }
}

/// A deflated zip archive of `entries` at `url` (the mimetype stored, as ODF asks).
func writeZip(_ entries: [(String, [UInt8])], to url: URL) throws {
    try? FileManager.default.removeItem(at: url)
    let archive = try Archive(url: url, accessMode: .create)
    for (path, bytes) in entries {
        let data = Data(bytes)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                             compressionMethod: path == "mimetype" ? .none : .deflate) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }
}

/// The workbook shapes of issue 21 part 4 (hidden and very hidden sheets, the active
/// sheet, far-right cells, rows and columns repeated), as committed under the tests'
/// fixtures: each is loaded through the dashboard's path in a child process of its
/// own, which reports its own peak resident memory (`VmHWM`: the child's `ru_maxrss`
/// would carry this process's peak over, as Linux does across a spawn's exec).
func measureWorkbookShapes() throws {
    let shapes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/NetraCoreTests/Fixtures/Workbooks/shapes")
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("netra-workbook-shapes-\(getpid())")
    defer { try? FileManager.default.removeItem(at: work) }
    for name in try FileManager.default.contentsOfDirectory(atPath: shapes.path).sorted() {
        let folder = work.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let stored = folder.appendingPathComponent("officers." + (name.hasSuffix(".ods") ? "ods" : "xlsx"))
        try FileManager.default.copyItem(at: shapes.appendingPathComponent(name), to: stored)
        let size = (try FileManager.default.attributesOfItem(atPath: stored.path)[.size] as? Int) ?? 0
        let start = DispatchTime.now().uptimeNanoseconds
        let (peakKB, output) = try runChild(["--workbook-shape", folder.path], output: work.appendingPathComponent(name + ".out").path)
        precondition(peakKB > 0, "the child did not report its peak: \(output)")
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        print(String(format: "%@ (%.0f KB): %.2f s, peak RSS %.0f MB — %@", name, Double(size) / 1e3, seconds, Double(peakKB) / 1024, output))
    }
}

/// In the child: reads the folder and prints what was read in one line.
func readWorkbookShape(folder: String) {
    let reading = DataFolder.read(from: FolderFiles(folder: URL(fileURLWithPath: folder)))
    let first = reading.diagnostics.first.map { $0.formatted(language: .en).replacingOccurrences(of: folder + "/", with: "") } ?? "no diagnostics"
    print("\(reading.dataset.officers.count) officers, \(reading.diagnostics.count) diagnostics; \(first.prefix(100))")
    // The high-water mark of this process's own memory since its exec.
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let hwm = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }?.split(separator: " ").dropFirst().first ?? "0"
    print("VmHWM \(hwm)")
}

/// Runs this program again with `arguments`; its stdout goes to `output`, whose first
/// line is returned with the peak RSS in KB the child reported on its `VmHWM` line.
private func runChild(_ arguments: [String], output: String) throws -> (Int, String) {
    let program = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().path
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    let argv = ([program] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var pid: pid_t = 0
    let spawned = posix_spawn(&pid, program, &actions, nil, argv, environ)
    guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EIO) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let lines = ((try? String(contentsOfFile: output, encoding: .utf8)) ?? "").split(separator: "\n")
    let peak = lines.first { $0.hasPrefix("VmHWM ") }.flatMap { Int($0.dropFirst(6)) } ?? 0
    return (peak, lines.first.map(String.init) ?? "(no output, status \(status))")
}

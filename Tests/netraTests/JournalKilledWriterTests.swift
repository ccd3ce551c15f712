import Foundation
import Testing

/// A real writer killed while it writes: `netra check` recording thousands of roster
/// changes is stopped with SIGKILL the moment its journal starts to grow, until one
/// leaves a torn last line. The next runs read every complete event and skip the
/// partial line with a warning; the next batch starts on a line of its own.
@Suite(.serialized) struct JournalKilledWriterTests {
    static let moment = "2023-05-24T10:00:00+08:00"

    /// `count` officers with long names (each event a few hundred bytes: a batch is
    /// megabytes, written over many pages), NIPs distinct per `set`.
    static func officers(set: Int, count: Int) -> String {
        var text = ""
        for i in 0..<count {
            // Born 1980-01-(1 + i % 28), appointed in 2005, month 3 + set, a serial.
            let day = String(format: "%02d", 1 + i % 28)
            let serial = String(format: "%03d", 1 + (i / 28) % 999)
            let nip = "198001\(day)20050\(3 + set)1\(serial)"
            let name = "Pegawai Uji \(set)-\(i) " + String(repeating: "Panjang Sekali ", count: 12)
            text += "\(nip);;\(name);;\(day)-01-1980;Pria;PNS Daerah Kab./Kota;Aktif;III/a;Pengelola Data;Dinas Kesehatan\r\n"
        }
        return text
    }

    static func size(_ path: String) -> Int {
        var info = stat()
        return stat(path, &info) == 0 ? Int(info.st_size) : 0
    }

    @Test func aCheckKilledMidWriteLeavesAJournalTheNextRunReads() throws {
        let tmp = try TemporaryFolder()
        let demo = try tmp.demo()
        var environment = NetraProcess.withoutLocale
        environment["XDG_STATE_HOME"] = tmp.url.appendingPathComponent("state").path
        let check = ["check", "--data", demo, "--as-of", Self.moment]
        #expect(try NetraProcess.run(check, environment: environment).status == 0)
        let state = tmp.url.appendingPathComponent("state/netra")
        let folderID = try #require(try FileManager.default.contentsOfDirectory(atPath: state.path).first)
        let journal = state.appendingPathComponent(folderID + "/journal").path
        let rotated = journal + ".1"

        let rosterFile = demo + "/officers.csv"
        let roster = try String(contentsOfFile: rosterFile, encoding: .utf8)
        var torn = false
        var attempts = 0
        // Each attempt swaps in the other set of 3,000 officers (6,000 events, about 2 MB in
        // one write: a kill lands inside it only while the kernel copies its pages, so the
        // longer the write, the likelier on a loaded machine).
        while !torn && attempts < 16 {
            try (roster + Self.officers(set: attempts % 2, count: 3_000)).write(toFile: rosterFile, atomically: true, encoding: .utf8)
            attempts += 1
            let before = Self.size(journal)
            let process = Process()
            process.executableURL = NetraProcess.executable
            process.arguments = check
            process.environment = environment
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            // The moment the journal grows (or rotates), the writer is inside its write.
            while process.isRunning {
                let now = Self.size(journal)
                if now != before { break }
            }
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let bytes = (try? Data(contentsOf: URL(fileURLWithPath: journal))) ?? Data()
            torn = bytes.last.map { $0 != UInt8(ascii: "\n") } ?? false
        }
        #expect(torn, "no SIGKILL out of \(attempts) landed inside a write")
        guard torn else { return }

        // What is on disk: complete lines each a whole event, one partial line last.
        func lines() throws -> (complete: Int, partial: Int) {
            var complete = 0, partial = 0
            for file in [rotated, journal] {
                guard let data = try? Data(contentsOf: URL(fileURLWithPath: file)) else { continue }
                let parts = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
                for part in parts {
                    if (try? JSONSerialization.jsonObject(with: Data(part))) != nil { complete += 1 } else { partial += 1 }
                }
            }
            return (complete, partial)
        }
        let found = try lines()
        #expect(found.partial == 1)
        #expect(found.complete > 0)

        func changes() throws -> (events: Int, stderr: String) {
            let run = try NetraProcess.run(["changes", "--data", demo, "--as-of", Self.moment, "--since", "30d", "--format", "json", "--lang", "en"],
                                           environment: environment)
            #expect(run.status == 0, "\(run.stderr)")
            let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
            return ((object?["events"] as? [Any])?.count ?? -1, run.stderr)
        }
        // The next reader: every complete event, the partial line skipped with a warning.
        let read = try changes()
        #expect(read.events == found.complete)
        #expect(read.stderr.contains("warning: 1 line of the journal"), "\(read.stderr)")

        // The next writer, left to finish: its batch starts on a line of its own.
        // (a third set: whichever of the two the last finished writer recorded, this differs)
        try (roster + Self.officers(set: 2, count: 2_000)).write(toFile: rosterFile, atomically: true, encoding: .utf8)
        #expect(try NetraProcess.run(check, environment: environment).status == 0)
        let after = try lines()
        #expect(after.partial == 1)
        #expect(after.complete > found.complete)
        let reread = try changes()
        #expect(reread.events == after.complete)
        #expect(reread.stderr.contains("warning: 1 line of the journal"))
    }
}

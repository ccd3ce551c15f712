import Foundation
import NetraCore
@testable import NetraTUI

/// The small city of `Fixtures/SeedCity`: the seeds' Balikpapan in May 2023 with 26
/// officers — a bacaleg in each of the six kecamatan, a Pilkada hopeful, early
/// retirements in process (one past its working-day limit), officers retiring by age
/// who share a first name (`Bambang Sutrisno`, `Bambang Santoso`), titles before and
/// after names, a case with no officer known, and the office's own `[abbreviations]`.
/// Read from the folder as `netra snapshot --data` reads it.
enum SeedCity {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/SeedCity")

    static var files: [DataFile: String] {
        var files: [DataFile: String] = [:]
        for file in DataFile.allCases {
            if let text = try? String(contentsOf: folder.appendingPathComponent(file.fileName), encoding: .utf8) { files[file] = text }
        }
        return files
    }

    static func model(at iso: String = "2023-05-23T10:00:00+08:00") -> DashboardModel {
        let files = files
        return demoModel(at: iso, replacing: files, removing: Set(DataFile.allCases).subtracting(files.keys))
    }
}

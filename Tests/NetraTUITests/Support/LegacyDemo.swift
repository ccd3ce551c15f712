import Foundation

/// The demo's roster as it was before `candidates.csv`: one officers.csv with the
/// candidacy columns (PENCALONAN, PARTAI, DAPIL, PEMILIHAN), written as the demo wrote
/// it (byte-order mark, CRLF). Tests that edit rows of that layout start from it; with
/// the demo's candidates.csv beside it the two agree, so nothing conflicts.
enum LegacyDemo {
    static let officers: String = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("NetraCoreTests/Fixtures/Sources/merged-officers.csv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return "\u{FEFF}" + text.split(separator: "\n").joined(separator: "\r\n") + "\r\n"
    }()
}

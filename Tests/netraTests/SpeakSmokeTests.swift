import Foundation
import Testing

/// The linear overview spoken by espeak-ng (scripts/speak-smoke.sh): the WAV is
/// non-empty and as long as its words take to say. CI installs espeak-ng (.ci/run);
/// elsewhere the test is skipped with that reason rather than passing unheard.
@Suite struct SpeakSmokeTests {
    static let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("scripts/speak-smoke.sh")
    static var hasSpeech: Bool {
        (try? NetraProcess.run(program: URL(fileURLWithPath: "/usr/bin/env"), ["sh", "-c", "command -v espeak-ng"]))?.status == 0
    }

    @Test(.enabled(if: hasSpeech, "espeak-ng is not installed: `apt-get install espeak-ng` (CI installs it)"))
    func theOverviewIsSpeakable() throws {
        let outcome = try NetraProcess.run(program: URL(fileURLWithPath: "/usr/bin/env"), ["bash", Self.script.path, NetraProcess.executable.path])
        #expect(outcome.status == 0, "\(outcome.stdout)\(outcome.stderr)")
        #expect(outcome.stdout.contains("speak-smoke id:") && outcome.stdout.contains("speak-smoke en:"))
    }
}

import Foundation
import NetraCore
import Testing

/// `netra check` refuses kiosk settings that could never work or would freeze the
/// lobby screen (issue 10, rows 8 and 19).
@Suite struct KioskCheckTests {
    func check(kiosk lines: String) throws -> NetraProcess.Outcome {
        let tmp = try TemporaryFolder()
        let demo = tmp.url.appendingPathComponent("demo")
        _ = try NetraProcess.run(["demo", demo.path, "--write-only", "--lang", "en"])
        let settings = demo.appendingPathComponent("netra.toml")
        try Data("region = \"Kota Balikpapan\"\ntimezone = \"WITA\"\n\n[kiosk]\n\(lines)\n".utf8).write(to: settings)
        return try NetraProcess.run(["check", "--lang", "en", "--data", demo.path, "--as-of", storyMoment])
    }

    @Test func aPINHashOfAnotherMethodOrTooCostlyIsAnError() throws {
        let sha = try check(kiosk: "pin_hash = \"$5$rounds=999999999$saltsaltsaltsalt$0123456789012345678901234567890123456789012\"")
        #expect(sha.status == 1)
        #expect(sha.stdout.contains("error: pin_hash in [kiosk] is not a yescrypt hash ($y$…), so the kiosk cannot be unlocked"))
        let costly = try check(kiosk: "pin_hash = \"$y$jFT$abcdefghijklmnopqrstuv$0123456789012345678901234567890123456789012\"")
        #expect(costly.status == 1)
        #expect(costly.stdout.contains("error: pin_hash in [kiosk] asks for a yescrypt cost too high to check at the screen (1024 MiB per attempt"))
        let good = try check(kiosk: "pin_hash = \"\(try PINHash.make("48291307"))\"")
        #expect(good.status == 0, "\(good.stdout)")
    }

    @Test func anUnlockKeyTheTerminalSendsAsEnterTabOrBackspaceIsAnError() throws {
        for (key, sentAs) in [("ctrl-m", "Enter"), ("ctrl-i", "Tab"), ("ctrl-h", "Backspace"), ("ctrl-j", "Enter")] {
            let run = try check(kiosk: "unlock_key = \"\(key)\"")
            #expect(run.status == 1, "\(key)")
            #expect(run.stdout.contains("error: unlock_key in [kiosk]: '\(key)' can never unlock: a terminal sends it as \(sentAs)"), "\(run.stdout)")
        }
        #expect(try check(kiosk: "unlock_key = \"ctrl-k\"").status == 0)
    }
}

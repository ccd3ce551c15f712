import Testing
@testable import NetraCore

/// A small deterministic generator, so a failing input can be reproduced.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Every reader must return (never trap, never hang) on any bytes at all.
@Suite struct RobustnessTests {
    static let readers: [@Sendable ([UInt8]) -> [Diagnostic]] = [
        { RecordReaders.officers($0).diagnostics }, { RecordReaders.retirements($0).diagnostics },
        { RecordReaders.cases($0).diagnostics }, { TOMLFiles.schedule($0).diagnostics },
        { TOMLFiles.settings($0).diagnostics }, { RecordReaders.circulars($0).diagnostics },
        { RecordReaders.acknowledgements($0).diagnostics },
    ]

    @Test func randomBytes() {
        var rng = SplitMix(state: 2023)
        for _ in 0..<300 {
            let length = Int.random(in: 0..<600, using: &rng)
            let junk = (0..<length).map { _ in UInt8.random(in: 0...255, using: &rng) }
            for read in Self.readers {
                // Whatever the bytes, messages are printable: no control character gets out.
                for d in read(junk) {
                    #expect(!d.message.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
                }
            }
        }
    }

    @Test func mutatedValidFiles() {
        var rng = SplitMix(state: 7)
        // A fixed file order keeps the inputs reproducible run to run.
        for file in DataFile.allCases {
            let original = Array(DemoData.files[file]!.utf8)
            for _ in 0..<400 {
                var mutated = original
                for _ in 0..<Int.random(in: 1...12, using: &rng) where !mutated.isEmpty {
                    let i = Int.random(in: 0..<mutated.count, using: &rng)
                    switch Int.random(in: 0..<3, using: &rng) {
                    case 0: mutated[i] = [0x22, 0x2C, 0x3B, 0x0A, 0x0D, 0x00, 0xFF, 0x5B, 0x3D].randomElement(using: &rng)!
                    case 1: mutated.remove(at: i)
                    default: mutated.insert(UInt8.random(in: 0...255, using: &rng), at: i)
                    }
                }
                switch file {
                case .officers: _ = RecordReaders.officers(mutated)
                case .retirements: _ = RecordReaders.retirements(mutated)
                case .cases: _ = RecordReaders.cases(mutated)
                case .schedule: _ = TOMLFiles.schedule(mutated)
                case .settings: _ = TOMLFiles.settings(mutated)
                case .circulars: _ = RecordReaders.circulars(mutated)
                case .acknowledgements: _ = RecordReaders.acknowledgements(mutated)
                }
            }
        }
    }

    @Test func fiveMegabyteLineInEveryFile() {
        let line = [UInt8](repeating: UInt8(ascii: "x"), count: 5_000_000)
        for read in Self.readers {
            let diagnostics = read(Array("nip,name\n".utf8) + line + [0x0A])
            #expect(!diagnostics.isEmpty)
            #expect(diagnostics.allSatisfy { $0.message.count < 400 })
        }
    }

    /// Inputs that made toml++ (TOMLKit) abort before Netra had its own TOML reader.
    @Test(arguments: ["[|a]", "[[|a]]", "[é]", "[\n", "[[\n", "x = 1\n[ ~ ]\n", "t = 2024-02-14T{3:00:00+08:00\n",
                      String(repeating: "[", count: 100_000), "a = " + String(repeating: "[", count: 100_000),
                      "a = " + String(repeating: "{b=", count: 50_000)])
    func tomlInputsThatCrashedTheOldParser(_ text: String) {
        let reading = TOMLFiles.settings(Array(text.utf8))
        #expect(reading.value == nil)
        #expect(reading.diagnostics.first?.message.hasPrefix("not valid TOML") == true)
    }

    @Test func emptyAndNULFiles() {
        for read in Self.readers {
            _ = read([])
            #expect(read([0, 0, 0, 0]).contains { $0.severity == .error })
        }
    }
}

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
        { RecordReaders.acknowledgements($0).diagnostics }, { RecordReaders.candidates($0).diagnostics },
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
            guard let text = DemoData.files[file] else { continue }  // kpu/: KPUReadingTests fuzzes it
            let original = Array(text.utf8)
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
                case .candidates: _ = RecordReaders.candidates(mutated)
                case .retirements: _ = RecordReaders.retirements(mutated)
                case .cases: _ = RecordReaders.cases(mutated)
                case .schedule: _ = TOMLFiles.schedule(mutated)
                case .settings: _ = TOMLFiles.settings(mutated)
                case .circulars: _ = RecordReaders.circulars(mutated)
                case .acknowledgements: _ = RecordReaders.acknowledgements(mutated)
                case .kpu, .kpuReview: break
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

    /// TOML built to stress structure rather than bytes: long dotted keys, deep and
    /// repeated headers, many arrays of tables, nested inline tables, within about
    /// 10 KB a file. Each must parse or be refused with a message, and never make more
    /// tables than the limit (the suite's time limit is the per-file bound in aggregate:
    /// before tables were built in place, one such file took minutes).
    @Test(.timeLimit(.minutes(2))) func tomlKeyPathsAndTableCounts() {
        var rng = SplitMix(state: 1945)
        func key(_ parts: Int) -> String { (0..<parts).map { _ in ["a", "b", "stage", "\"q.x\"", "k-1"].randomElement(using: &rng)! }.joined(separator: ".") }
        for _ in 0..<80 {
            var text = ""
            while text.utf8.count < 10_000 {
                switch Int.random(in: 0..<6, using: &rng) {
                case 0: text += "\(key(Int.random(in: 1...6_000, using: &rng))) = 1\n"
                case 1: text += "[\(key(Int.random(in: 1...40, using: &rng)))]\n"
                case 2: text += String(repeating: "[[\(key(Int.random(in: 1...3, using: &rng)))]]\n", count: Int.random(in: 1...2_000, using: &rng))
                case 3: text += "\(key(1)) = " + String(repeating: "{ x = ", count: Int.random(in: 1...40, using: &rng)) + "1"
                    + String(repeating: " }", count: Int.random(in: 1...40, using: &rng)) + "\n"
                case 4: text += "\(key(Int.random(in: 1...4, using: &rng))) = [" + String(repeating: "{},", count: Int.random(in: 0...3_000, using: &rng)) + "]\n"
                default: text += "\(key(Int.random(in: 1...3, using: &rng))).\(key(Int.random(in: 1...3, using: &rng))) = \"v\"\n"
                }
            }
            for read in Self.readers[3...4] {  // schedule.toml, netra.toml
                let diagnostics = read(Array(text.utf8))
                #expect(diagnostics.allSatisfy { $0.message.count < 400 })
            }
            switch Result(catching: { try TOML.parse(text) }) {
            case .success(let table): #expect(Self.tableCount(table) <= TOML.Limits().tables)
            case .failure: break
            }
        }
    }

    static func tableCount(_ table: TOML.Table) -> Int {
        table.keys.reduce(0) { total, key in
            switch table[key]!.value {
            case .table(let inner): total + 1 + tableCount(inner)
            case .array(let items): total + items.reduce(0) { $0 + ($1.table.map { 1 + tableCount($0) } ?? 0) }
            default: total
            }
        }
    }

    @Test func emptyAndNULFiles() {
        for read in Self.readers {
            _ = read([])
            #expect(read([0, 0, 0, 0]).contains { $0.severity == .error })
        }
    }
}

import Testing
@testable import NetraCore

@Suite struct TOMLReaderTests {
    func parse(_ text: String) throws -> TOML.Table { try TOML.parse(text) }
    func error(_ text: String) -> TOML.SyntaxError? {
        do { _ = try TOML.parse(text); return nil } catch { return error }
    }

    @Test func scalarsAndTheirLines() throws {
        let t = try parse("""
        # comment
        s = "a \\"quoted\\" \\u00e9\\tz"   # trailing comment
        lit = 'C:\\path'
        n = -1_000
        hex = 0xFF
        f = 3.5e2
        yes = true
        d = 2023-10-03
        dt = 2023-10-03T23:59:00+07:00
        local = 2023-10-03 08:30:00
        utc = 2023-10-03T00:00:00.5Z
        """)
        #expect(t["s"]?.string == "a \"quoted\" é\tz")
        #expect(t["s"]?.line == 2)
        #expect(t["lit"]?.string == "C:\\path")
        #expect(t["n"]?.integer == -1000)
        #expect(t["hex"]?.integer == 255)
        if case .float(let f) = t["f"]!.value { #expect(f == 350) } else { Issue.record("not a float") }
        #expect(t["yes"]?.bool == true)
        #expect(t["d"]?.dateTime == TOML.DateTime(date: CivilDate(year: 2023, month: 10, day: 3), secondsIntoDay: nil, offsetMinutes: nil))
        #expect(t["dt"]?.dateTime == TOML.DateTime(date: CivilDate(year: 2023, month: 10, day: 3), secondsIntoDay: 86_340, offsetMinutes: 420))
        #expect(t["local"]?.dateTime?.secondsIntoDay == 30_600)
        #expect(t["utc"]?.dateTime?.offsetMinutes == 0)
        #expect(t.keys == ["s", "lit", "n", "hex", "f", "yes", "d", "dt", "local", "utc"])
    }

    @Test func tablesArraysOfTablesAndInlineTables() throws {
        let t = try parse("""
        top = 1
        [alerts]
        warning_days = 30
        [[stage]]
        id = "a"
        [[stage]]
        id = "b"
        point = { x = 1, y.z = 2 }
        [deep.er]
        k = "v"
        list = [
          1, 2,  # a comment
          3,
        ]
        """)
        #expect(t["alerts"]?.table?["warning_days"]?.integer == 30)
        let stages = try #require(t["stage"]?.array)
        #expect(stages.map { $0.table?["id"]?.string } == ["a", "b"])
        #expect(stages.map(\.line) == [4, 6])
        #expect(stages[1].table?["point"]?.table?["y"]?.table?["z"]?.integer == 2)
        #expect(t["deep"]?.table?["er"]?.table?["k"]?.string == "v")
        #expect(t["deep"]?.table?["er"]?.table?["list"]?.array?.compactMap(\.integer) == [1, 2, 3])
    }

    @Test func multilineStrings() throws {
        let t = try parse("a = \"\"\"\nline one\nline \\\n    two\"\"\"\nb = '''\nraw \\n'''\nc = 1\n")
        #expect(t["a"]?.string == "line one\nline two")
        #expect(t["b"]?.string == "raw \\n")
        #expect(t["c"]?.line == 7)
    }

    @Test func syntaxErrorsCarryTheirLine() {
        #expect(error("a = 1\nb = \n")?.line == 2)
        #expect(error("a = 1\na = 2\n").map { "\($0.line): \($0.message.english)" } == "2: " + "key 'a' is set twice (first on line 1)")
        #expect(error("[x]\n[x]\n")?.message.english.hasPrefix("table [x] is defined twice") == true)
        #expect(error("name = Kota\n")?.message.english == "'Kota' is not a TOML value (text needs quotes)")
        #expect(error("a = \"open\nb = 1\n")?.line == 1)
        #expect(error("a = [1, 2\nb = 3\n")?.message.english.hasPrefix("expected ',' or ']' in the list opened on line 1") == true)
        #expect(error("a = 1 b = 2\n")?.message.english.hasPrefix("expected the end of the line") == true)
        #expect(error("a = 007\n") != nil)
        #expect(error("a = 1__0\n") != nil)
        #expect(error("a = 2023-02-30\n") != nil)
        #expect(error("a = \"\\q\"\n")?.message.english.hasPrefix("unknown escape") == true)
        #expect(error("x = 1\n[x.y]\n")?.message.english.hasPrefix("'x' is already a value") == true)
        #expect(error("s = [{a = 1}]\n[[s]]\n") != nil)
        #expect(error("a = " + String(repeating: "[", count: 40))?.message.english.hasPrefix("lists or tables nested more than") == true)
    }

    @Test func crlfAndBOM() throws {
        let t = try TOML.parse("\u{FEFF}a = 1\r\nb = \"x\"\r\n")
        #expect(t["a"]?.integer == 1)
        #expect(t["b"]?.line == 2)
    }
}

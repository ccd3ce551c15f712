import Testing
@testable import NetraCore

/// Issue 10, row 7: a 10 KB TOML file cost seconds to minutes (a 1,000-part dotted key
/// 5.5 s, 5,000 parts never finished, 8,000 `[[stage]]` tables 8.5 s). Tables are now
/// built in place, and key length, nesting and table count are bounded with a message.
/// The time limit only stops a regression from hanging the suite; the figures are in
/// docs/decisions.md.
@Suite(.timeLimit(.minutes(1))) struct TOMLLimitTests {
    func syntaxError(_ text: String) -> TOML.SyntaxError? {
        do { _ = try TOML.parse(text); return nil } catch { return error }
    }

    @Test func aFiveThousandPartDottedKeyIsRefusedWithAMessage() {
        let key = (1...5_000).map { "k\($0)" }.joined(separator: ".")
        #expect(syntaxError("\(key) = 1\n").map { "\($0.line): \($0.message.english)" } == "1: " + "a key has more than 32 parts (a.b.c…)")
        #expect(syntaxError("[\(key)]\n").map { "\($0.line): \($0.message.english)" } == "1: " + "a key has more than 32 parts (a.b.c…)")
        let reading = TOMLFiles.settings(Array("region = \"x\"\n\(key) = 1\n".utf8))
        #expect(reading.value == nil)
        #expect(reading.diagnostics.map { $0.formatted() } == ["netra.toml:2: error: not valid TOML: a key has more than 32 parts (a.b.c…)"])
    }

    @Test func keysUpToTheLimitStillWork() throws {
        let parts = (1...31).map { "k\($0)" }
        let table = try TOML.parse(parts.joined(separator: ".") + " = 7\n")
        var node = try #require(table["k1"])
        for part in parts.dropFirst() { node = try #require(node.table?[part]) }
        #expect(node.integer == 7)
    }

    @Test func tablesNestedThroughHeadersAndDottedKeysAreBounded() {
        let header = (1...20).map { "h\($0)" }.joined(separator: ".")
        let dotted = (1...20).map { "d\($0)" }.joined(separator: ".")
        #expect(syntaxError("[\(header)]\n\(dotted) = 1\n")?.message.english == "lists or tables nested more than 32 deep")
        let inline = "a = " + String(repeating: "{ b.c = ", count: 20) + "1" + String(repeating: " }", count: 20) + "\n"
        #expect(syntaxError(inline)?.message.english == "lists or tables nested more than 32 deep")
    }

    @Test func eightThousandStagesAreReadInPlace() throws {
        let text = (1...8_000).map { "[[stage]]\nid = \"s\($0)\"\nstart = 2024-01-01\nend = 2024-01-02\n" }.joined()
        let table = try TOML.parse(text)
        let stages = try #require(table["stage"]?.array)
        #expect(stages.count == 8_000)
        #expect(stages.last?.table?["id"]?.string == "s8000")
        #expect(stages.last?.line == 4 * 7_999 + 1)
        let schedule = TOMLFiles.schedule(Array(text.utf8))
        #expect(schedule.value?.stages.count == 8_000)
    }

    @Test func tenThousandTablesAtMost() {
        let text = String(repeating: "[[stage]]\n", count: 10_001)
        #expect(syntaxError(text).map { "\($0.line): \($0.message.english)" } == "10001: " + "more than 10000 tables in one file")
        #expect(syntaxError(String(repeating: "[[stage]]\n", count: 10_000)) == nil)
        let inline = "a = [" + String(repeating: "{},", count: 10_001) + "]\n"
        #expect(syntaxError(inline)?.message.english == "more than 10000 tables in one file")
    }

    @Test func definitionRulesStillHold() {
        #expect(syntaxError("[a]\nx = 1\n[a.b]\ny = 2\n[a]\n")?.message.english == "table [a] is defined twice (first on line 1)")
        #expect(syntaxError("[[a]]\n[a]\n")?.message.english == "'a' is already a value (line 1); it cannot also be a table")
        #expect(syntaxError("a = 1\n[[a]]\n")?.message.english == "'a' is already a value (line 1); it cannot also be [[a]]")
        #expect(syntaxError("a.b = 1\na.b.c = 2\n")?.message.english == "'b' is already a value (line 1); it cannot also hold keys")
        // An inline table is closed: neither a header nor a dotted key may add to it.
        #expect(syntaxError("a = { x = 1 }\n[a]\n") != nil)
        #expect(syntaxError("a = { x = 1 }\na.y = 2\n") != nil)
    }

    @Test func headersAndArraysOfTablesNest() throws {
        let t = try TOML.parse("""
        [[fruit]]
        name = "apple"
        [fruit.physical]
        color = "red"
        [[fruit.variety]]
        name = "fuji"
        [[fruit.variety]]
        name = "granny"
        [[fruit]]
        name = "banana"
        """)
        let fruit = try #require(t["fruit"]?.array)
        #expect(fruit.count == 2)
        #expect(fruit[0].table?["physical"]?.table?["color"]?.string == "red")
        #expect(fruit[0].table?["variety"]?.array?.compactMap { $0.table?["name"]?.string } == ["fuji", "granny"])
        #expect(fruit[1].table?["name"]?.string == "banana")
        #expect(fruit[1].line == 9)
    }
}

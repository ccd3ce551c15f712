/// A reading's diagnostics in a kept roster (`KeptRosterFormat`): every field, so a
/// problem shown from a kept reading reads, places and ranks exactly as when the file
/// was parsed. The message is kept as both renderings, already sanitised.
enum DiagnosticCoding {
    private static let files = Array(DataFile.allCases)
    private static let candidacies = Array(Candidacy.allCases)
    private static let requestKinds = Array(RequestKind.allCases)

    static func write(_ d: Diagnostic, to out: inout ByteSink) throws {
        out.u8(d.severity == .error ? 1 : 0)
        let place = d.location
        out.u8(place.dataFile.map { UInt8(files.firstIndex(of: $0)! + 1) } ?? 0)
        out.string(place.path)
        for number in [place.line, place.column, place.field] { out.optional(number) { $0.i64(Int64($1)) } }
        out.optional(place.heading) { $0.string($1) }
        out.optional(place.cell) { out, cell in
            out.string(cell.sheet)
            out.optional(cell.column) { $0.i64(Int64($1)) }
            out.i64(Int64(cell.row))
        }
        out.string(d.text.english)
        out.optional(d.text.indonesian) { $0.string($1) }
        out.optional(d.skippedCandidate) { out, who in
            out.string(who.name)
            out.u8(UInt8(candidacies.firstIndex(of: who.candidacy)!))
        }
        out.optional(d.skippedRow) { out, row in
            out.string(row.name)
            out.u32(UInt32(row.nips.count))
            for nip in row.nips { out.u64(nip.value) }
        }
        out.optional(d.skippedMatter) { out, matter in
            switch matter {
            case .request(let kind):
                out.u8(0)
                out.u8(UInt8(requestKinds.firstIndex(of: kind)!))
            case .neutralityCase(let id):
                out.u8(1)
                out.string(id)
            }
        }
    }

    static func read(from input: inout ByteSource) throws(KeptRosterFormat.Unusable) -> Diagnostic {
        let severity: Diagnostic.Severity = try input.u8() == 1 ? .error : .warning
        let file = try input.optionalChoice(files)
        let path = try input.string()
        func number(_ input: inout ByteSource) throws(KeptRosterFormat.Unusable) -> Int {
            let value = try input.i64()
            guard let narrow = Int(exactly: value) else { throw KeptRosterFormat.Unusable(why: "number") }
            return narrow
        }
        var place = Diagnostic.Location(dataFile: file, path: path, line: try input.optional(number), column: try input.optional(number))
        place.field = try input.optional(number)
        place.heading = try input.optional { (input: inout ByteSource) throws(KeptRosterFormat.Unusable) in try input.string() }
        place.cell = try input.optional { (input: inout ByteSource) throws(KeptRosterFormat.Unusable) in
            SheetCell(sheet: try input.string(), column: try input.optional(number), row: try number(&input))
        }
        let english = try input.string()
        let indonesian = try input.optional { (input: inout ByteSource) throws(KeptRosterFormat.Unusable) in try input.string() }
        var diagnostic = Diagnostic(severity, place, Message(untranslated: ""))
        diagnostic.text = indonesian.map { Message(en: english, id: $0) } ?? Message(untranslated: english)
        diagnostic.skippedCandidate = try input.optional { (input: inout ByteSource) throws(KeptRosterFormat.Unusable) in
            Diagnostic.SkippedCandidate(name: try input.string(), candidacy: try input.choice(candidacies))
        }
        diagnostic.skippedRow = try input.optional { (input: inout ByteSource) throws(KeptRosterFormat.Unusable) in
            let name = try input.string()
            let count = Int(try input.u32())
            guard count <= input.remaining / 8 else { throw KeptRosterFormat.Unusable(why: "NIPs") }
            var nips: [NIP] = []
            for _ in 0..<count { nips.append(NIP(value: try input.u64())) }
            return Diagnostic.SkippedRow(name: name, nips: nips)
        }
        diagnostic.skippedMatter = try input.optional { (input: inout ByteSource) throws(KeptRosterFormat.Unusable) -> Diagnostic.SkippedRow.Matter in
            switch try input.u8() {
            case 0: return .request(try input.choice(requestKinds))
            case 1: return .neutralityCase(try input.string())
            default: throw KeptRosterFormat.Unusable(why: "matter")
            }
        }
        return diagnostic
    }
}

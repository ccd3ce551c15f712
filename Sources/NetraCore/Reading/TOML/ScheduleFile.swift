import Foundation

/// `schedule.toml`: stages, elections, holidays. Split from `TOMLFiles` for size; the
/// document type and the zone names are shared.
extension TOMLFiles {
    // MARK: schedule.toml

    /// Reads `schedule.toml`. Errors drop only the stage or key concerned; the rest of
    /// the schedule stays usable.
    public static func schedule(_ bytes: [UInt8]) -> FileReading<Schedule> {
        var doc: Document
        switch parse(bytes, file: .schedule) {
        case .success(let d): doc = d
        case .failure(let diagnostic): return FileReading(value: nil, diagnostics: [diagnostic])
        }
        let root = doc.root
        doc.reportUnknownKeys(in: root, known: ["stage", "election", "resignation_deadline", "dct_stage", "holidays", "timezone"])

        var zone = TimeZone(identifier: "Asia/Jakarta")!
        if let node = root["timezone"] {
            if let name = node.string, let z = timeZone(named: name) { zone = z } else {
                doc.error(Messages.scheduleZone, line: node.line)
            }
        }

        var stages: [Stage] = []
        var seenIDs: [String: Int] = [:]
        if let node = root["stage"] {
            if let items = node.array {
                for (index, item) in items.enumerated() {
                    guard let table = item.table else {
                        doc.error(Messages.stageNotTable, line: item.line)
                        continue
                    }
                    guard let stage = readStage(table, number: index + 1, line: item.line, zone: zone, doc: &doc) else { continue }
                    if let first = seenIDs[stage.id] {
                        doc.error(Messages.duplicateStageID(stage.id, firstLine: first), line: table["id"]?.line)
                    } else {
                        seenIDs[stage.id] = stage.line
                        stages.append(stage)
                    }
                }
            } else {
                doc.error(Messages.stagesNotTables, line: node.line)
            }
        } else {
            doc.warn(Messages.noStages, line: nil)
        }

        let elections: [Election]
        if root["election"] != nil {
            elections = readElections(root, stages: stages, doc: &doc)
        } else {
            elections = [impliedElection(root, stages: stages, doc: &doc)]
        }
        let electionIDs = Set(elections.map(\.id))
        for stage in stages {
            if let election = stage.election, !electionIDs.contains(election) {
                doc.warn(Messages.stageUnknownElection(stage.id, election, known: elections.map(\.id)), line: stage.line)
            }
        }

        var holidays: Set<CivilDate> = []
        if let node = root["holidays"] {
            if let items = node.array {
                for (k, item) in items.enumerated() {
                    if let dt = item.dateTime, let date = dt.date, dt.secondsIntoDay == nil {
                        if DateText.plausibleYears.contains(date.year) { holidays.insert(date) } else {
                            doc.error(Messages.holidayYear(k + 1, year: date.year, accepted: DateText.plausibleYears), line: item.line)
                        }
                    } else if let s = item.string, case .success(let date) = DateText.parse(s) {
                        holidays.insert(date)
                    } else {
                        doc.error(Messages.holidayNotDate(k + 1), line: item.line)
                    }
                }
            } else {
                doc.error(Messages.holidaysNotList, line: node.line)
            }
        }
        let schedule = Schedule(stages: stages, elections: elections, holidays: holidays)
        return FileReading(value: schedule, diagnostics: doc.diagnostics)
    }

    /// A stage id written under `key` in `table`, checked against the stages read.
    private static func stageReference(_ table: TOML.Table, _ key: String, stages: [Stage], election: String?,
                                       doc: inout Document) -> String? {
        guard let node = table[key] else { return nil }
        guard let id = node.string else {
            doc.error(Messages.stageReferenceNotText(key), line: node.line)
            return nil
        }
        guard let stage = stages.first(where: { $0.id == id }) else {
            let known = stages.map(\.id)
            if let election {
                doc.error(Messages.electionStageReference(key, election: election, stage: id, known: known), line: node.line)
            } else {
                doc.error(Messages.unknownStageReference(key, id: id, known: known), line: node.line)
            }
            return nil
        }
        if let election, let other = stage.election, other != election {
            doc.warn(Messages.electionStageOfOther(key, election: election, stage: id, other: other), line: node.line)
        }
        return id
    }

    /// A folder written before election tables existed: one legislative election
    /// described by the top-level `resignation_deadline` and `dct_stage`.
    private static func impliedElection(_ root: TOML.Table, stages: [Stage], doc: inout Document) -> Election {
        if root["resignation_deadline"] == nil {
            doc.warn(Messages.noDeadlineStage("resignation_deadline"), line: nil)
        }
        let deadline = stageReference(root, "resignation_deadline", stages: stages, election: nil, doc: &doc)
        let fixing = stageReference(root, "dct_stage", stages: stages, election: nil, doc: &doc)
        return Election(id: Election.impliedID, name: "Pemilu", kind: .pileg, resignationDeadlineID: deadline, fixingStageID: fixing)
    }

    /// `[[election]]` tables: id, name, kind, resignation_deadline, fixing_stage.
    private static func readElections(_ root: TOML.Table, stages: [Stage], doc: inout Document) -> [Election] {
        if let node = root["resignation_deadline"] ?? root["dct_stage"] { doc.warn(Messages.topLevelDeadlineIgnored, line: node.line) }
        guard let items = root["election"]?.array else {
            doc.error(Messages.electionsNotTables, line: root["election"]?.line)
            return []
        }
        var elections: [Election] = []
        var seen: [String: Int] = [:]
        for (index, item) in items.enumerated() {
            guard let table = item.table else {
                doc.error(Messages.electionNotTable, line: item.line)
                continue
            }
            doc.reportUnknownKeys(in: table, known: ["id", "name", "kind", "resignation_deadline", "fixing_stage", "dct_stage"],
                                  place: Messages.inElection)
            guard let id = table["id"]?.string, !id.isEmpty else {
                doc.error(Messages.electionNeeds(index + 1), line: table["id"]?.line ?? item.line)
                continue
            }
            if let first = seen[id] {
                doc.error(Messages.duplicateElection(id, firstLine: first), line: table["id"]?.line)
                continue
            }
            seen[id] = item.line
            var name = id
            if let node = table["name"] {
                if let s = node.string { name = s } else { doc.error(Messages.electionNameNotText(id), line: node.line) }
            }
            var kind = Election.Kind.pileg
            if let raw = table["kind"]?.string, let parsed = Election.Kind.parse(raw) {
                kind = parsed
            } else {
                doc.warn(Messages.electionKind(id, raw: table["kind"]?.string), line: table["kind"]?.line ?? item.line)
            }
            if table["resignation_deadline"] == nil { doc.warn(Messages.electionNoDeadline(id), line: item.line) }
            let deadline = stageReference(table, "resignation_deadline", stages: stages, election: id, doc: &doc)
            let fixing = stageReference(table, table["fixing_stage"] != nil ? "fixing_stage" : "dct_stage", stages: stages, election: id, doc: &doc)
            elections.append(Election(id: id, name: name, kind: kind, resignationDeadlineID: deadline, fixingStageID: fixing, line: item.line))
        }
        return elections
    }

    private static func readStage(_ table: TOML.Table, number: Int, line: Int, zone: TimeZone, doc: inout Document) -> Stage? {
        doc.reportUnknownKeys(in: table, known: ["id", "name", "start", "end", "note", "election"], place: Messages.inStage)
        guard let idNode = table["id"], let id = idNode.string, !id.isEmpty else {
            doc.error(Messages.stageWithoutID(number), line: table["id"]?.line ?? line)
            return nil
        }
        var name = id
        if let node = table["name"] {
            if let s = node.string { name = s } else { doc.error(Messages.stageNameNotText(id), line: node.line) }
        }
        var election: String?
        if let node = table["election"] {
            if let s = node.string, !s.isEmpty { election = s } else { doc.error(Messages.stageElectionNotText(id), line: node.line) }
        }
        guard let (start, startZone) = instant(table["start"], key: "start", endOfDay: false, zone: zone, stageID: id, line: line, doc: &doc),
              let (end, endZone) = instant(table["end"], key: "end", endOfDay: true, zone: zone, stageID: id, line: line, doc: &doc)
        else { return nil }
        guard end >= start else {
            doc.error(Messages.stageEndsBeforeStart(id), line: table["end"]?.line)
            return nil
        }
        return Stage(id: id, name: name, start: start, end: end, election: election, startZone: startZone, endZone: endZone, line: line)
    }

    /// A stage boundary and the zone it was written in: an offset date-time
    /// (`2023-05-14T23:59:00+07:00`) carries its own; a local date-time or a bare date
    /// is read in the schedule's zone, a bare end date meaning the whole day (until
    /// 23:59:59).
    private static func instant(_ node: TOML.Node?, key: String, endOfDay: Bool, zone: TimeZone,
                                stageID: String, line: Int, doc: inout Document) -> (Date, TimeZone)? {
        guard let node else {
            doc.error(Messages.stageNeeds(stageID, key: key), line: line)
            return nil
        }
        if let dt = node.dateTime, let day = dt.date {
            guard DateText.plausibleYears.contains(day.year) else {
                doc.error(Messages.stageBoundaryYear(stageID, key: key, year: day.year, accepted: DateText.plausibleYears), line: node.line)
                return nil
            }
            let seconds = dt.secondsIntoDay ?? (endOfDay ? 86_399 : 0)
            if let offset = dt.offsetMinutes {
                let written = TimeZone(secondsFromGMT: offset * 60) ?? zone
                return (Date(timeIntervalSince1970: Double(day.dayNumber * 86_400 + seconds - offset * 60)), written)
            }
            return (day.instant(in: zone, secondsIntoDay: seconds), zone)
        }
        if let text = node.string, let (y, m, d) = TOML.impossibleDate(text) {
            // Quoted or not, the date is the mistake: say that, not "remove the quotes".
            doc.error(Messages.tomlNoSuchDay(text, year: y, month: m, day: d), line: node.line)
        } else if node.string != nil {
            doc.error(Messages.stageBoundaryQuoted(stageID, key: key), line: node.line)
        } else {
            doc.error(Messages.stageBoundaryNotDate(stageID, key: key), line: node.line)
        }
        return nil
    }
}

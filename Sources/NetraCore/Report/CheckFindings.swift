/// The parts of `netra check` that come from derived facts rather than from reading a
/// file: warnings that depend on the moment, and notes on what was inferred.
enum CheckFindings {
    /// An officer past the retirement-age TMT with no pension decree: on the officer's
    /// line (no request at all) or on the request's line (a request still in process).
    static func timely(_ situation: Situation, dataset: Dataset) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for alert in situation.alerts {
            guard let nip = alert.nip, let tmt = alert.date else { continue }
            switch alert.kind {
            case .pastRetirementAge:
                guard let officer = dataset.roster[nip] else { continue }
                found.append(Diagnostic(.warning, .officers, line: officer.line, heading: "nip", Messages.pastRetirementAge(tmt, age: officer.retirementAge, requests: dataset.storedName(.retirements))))
            case .ageDecreeDue where alert.countdown?.hasPassed == true:
                let line = dataset.requests.first { $0.nip == nip && $0.kind == .age && $0.stage.isPending }?.line
                found.append(Diagnostic(.warning, .retirements, line: line, heading: "stage", Messages.ageDecreeLate(tmt)))
            default:
                continue
            }
        }
        return found.sorted { ($0.file == .officers ? 0 : 1, $0.line ?? 0) < ($1.file == .officers ? 0 : 1, $1.line ?? 0) }
    }

    /// Once per file: how many retirement ages were inferred from positions, by rule.
    static func notes(_ dataset: Dataset) -> [Diagnostic] {
        var byRule: [RetirementAge.Rule: Int] = [:]
        for officer in dataset.roster.officers {
            if let rule = officer.retirementAgeRule { byRule[rule, default: 0] += 1 }
        }
        guard !byRule.isEmpty else { return [] }
        let ordered = RetirementAge.Rule.allCases.compactMap { rule in byRule[rule].map { (rule: rule, count: $0) } }
        return [Diagnostic(.warning, .officers, line: nil, Messages.inferredAges(ordered))]
    }
}

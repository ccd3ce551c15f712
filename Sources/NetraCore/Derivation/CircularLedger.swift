/// Where every circular stands with every unit it applies to: acknowledgements matched
/// to circulars and to the units of `officers.csv`, each unit done or not, late or not.
///
/// Also the source of the cross-file diagnostics of `circulars.csv` and
/// `acknowledgements.csv` (unknown circular or unit, a unit twice, a date before the
/// circular's); the offending row is left out and the rest is used.
public struct CircularLedger: Sendable {
    /// How far one unit has come with one circular.
    public enum Progress: Sendable, Equatable {
        case none, received, passedOn
        /// Some officers signed the pact, not yet all.
        case partlySigned(Int)
        case done
    }

    public struct UnitState: Sendable {
        /// Index into `directory.units`.
        public let unit: Int
        public let acknowledgement: Acknowledgement?
        public let progress: Progress
        /// Not done and the circular's due date has passed.
        public let isLate: Bool
        public var isDone: Bool { progress == .done }
    }

    public struct Entry: Sendable {
        public let circular: Circular
        /// The circular this one follows, as an index into `entries`.
        public let parent: Int?
        /// How many circulars up the chain this one is (0 for one that follows none).
        public let depth: Int
        /// Every unit the circular applies to (and any other unit that answered), by name.
        public let units: [UnitState]
        public let done: Int
        public let late: Int
        /// Days until the due date (negative once passed); `nil` without one.
        public let daysToDue: Int?
        public var due: Int { units.count }
        public var isComplete: Bool { done == due }
    }

    public let directory: UnitDirectory
    /// Chain order: a circular, then those that follow it; roots by date of issue.
    public let entries: [Entry]
    public let diagnostics: [Diagnostic]

    /// `today == nil` skips lateness (for diagnostics, which do not depend on the clock).
    public init(_ dataset: Dataset, today: CivilDate?) {
        self.init(dataset, directory: dataset.units ?? UnitDirectory(roster: dataset.roster, region: dataset.settings.region), today: today)
    }

    public init(_ dataset: Dataset, directory: UnitDirectory, today: CivilDate?) {
        self.directory = directory
        var found: [Diagnostic] = []
        let circulars = dataset.circulars
        guard !circulars.isEmpty || !dataset.acknowledgements.isEmpty else {
            entries = []
            diagnostics = []
            return
        }
        let indexByID = Dictionary(circulars.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var unknownNames: [String: Directory.Nearest] = [:]
        func resolve(_ name: String, _ file: DataFile, _ line: Int) -> Int? {
            if let i = directory.resolve(name) { return i }
            let nearest = unknownNames[name] ?? Directory.Nearest(unit: directory.nearest(to: name))
            unknownNames[name] = nearest
            found.append(Diagnostic(.warning, file, line: line, heading: file == .circulars ? "applies_to" : "unit",
                                    Messages.unknownUnit(name, nearest: nearest.unit?.name, roster: dataset.storedName(.officers))))
            return nil
        }

        // Which units each circular applies to.
        var addressed: [Set<Int>] = []
        for c in circulars {
            if c.appliesTo.isEmpty {
                addressed.append(Set(directory.units.indices))
            } else {
                addressed.append(Set(c.appliesTo.compactMap { resolve($0, .circulars, c.line) }))
            }
            if let f = c.follows, indexByID[f] == nil {
                found.append(Diagnostic(.warning, .circulars, line: c.line, heading: "follows",
                                        Messages.unknownFollowedCircular(f, circulars: dataset.storedName(.circulars))))
            }
        }
        // A loop of `follows` has no first circular: an error naming every one in it,
        // on the line of the one written first.
        for loop in Self.loops(circulars, indexByID: indexByID) {
            let first = loop.indices.min { circulars[loop[$0]].line < circulars[loop[$1]].line }!
            let ids = (loop[first...] + loop[..<first]).map { circulars[$0].id }
            found.append(Diagnostic(.error, .circulars, line: circulars[loop[first]].line, heading: "follows", Messages.circularLoop(ids)))
        }

        // Each unit's acknowledgement, once per circular.
        var answers: [[Int: Acknowledgement]] = Array(repeating: [:], count: circulars.count)
        for ack in dataset.acknowledgements {
            guard let ci = indexByID[ack.circular] else {
                found.append(Diagnostic(.warning, .acknowledgements, line: ack.line, heading: "circular",
                                        Messages.unknownCircular(ack.circular, known: circulars.map(\.id), circulars: dataset.storedName(.circulars))))
                continue
            }
            guard let ui = resolve(ack.unit, .acknowledgements, ack.line) else { continue }
            let circular = circulars[ci]
            if let first = answers[ci][ui] {
                found.append(Diagnostic(.warning, .acknowledgements, line: ack.line, heading: "unit",
                                        Messages.unitTwice(directory.units[ui].name, circular: circular.id, firstLine: first.line)))
                continue
            }
            if let earliest = ack.earliestDate, earliest < circular.issuedOn {
                let column = [("received_on", ack.receivedOn), ("passed_on", ack.passedOn), ("pact_signed_on", ack.pactSignedOn),
                              ("apel_on", ack.apelOn)].first { $0.1 == earliest }!.0
                found.append(Diagnostic(.warning, .acknowledgements, line: ack.line, heading: column,
                                        Messages.beforeCircular(column, circular: circular.id, issued: circular.issuedOn)))
            }
            if let n = ack.signedCount, n > directory.units[ui].headcount {
                found.append(Diagnostic(.warning, .acknowledgements, line: ack.line, heading: "signed_count",
                                        Messages.signedMoreThanHeadcount(n, headcount: directory.units[ui].headcount, roster: dataset.storedName(.officers))))
            }
            if !addressed[ci].contains(ui) {
                found.append(Diagnostic(.warning, .acknowledgements, line: ack.line, heading: "unit",
                                        Messages.unitNotAddressed(directory.units[ui].name, circular: circular.id)))
            }
            answers[ci][ui] = ack
        }

        // Chain order, guarding against a loop of `follows`.
        var children: [Int: [Int]] = [:]
        var roots: [Int] = []
        for (i, c) in circulars.enumerated() {
            if let f = c.follows, let p = indexByID[f], p != i { children[p, default: []].append(i) } else { roots.append(i) }
        }
        let byIssue: (Int, Int) -> Bool = { (circulars[$0].issuedOn, circulars[$0].id) < (circulars[$1].issuedOn, circulars[$1].id) }
        var order: [(index: Int, parent: Int?, depth: Int)] = []
        var placed = Set<Int>()
        func visit(_ i: Int, parent: Int?, depth: Int) {
            guard placed.insert(i).inserted else { return }
            order.append((i, parent, depth))
            for child in (children[i] ?? []).sorted(by: byIssue) { visit(child, parent: i, depth: depth + 1) }
        }
        for root in roots.sorted(by: byIssue) { visit(root, parent: nil, depth: 0) }
        // Circulars caught in a loop of `follows` have no root: shown at the top level.
        for i in circulars.indices.sorted(by: byIssue) where !placed.contains(i) { visit(i, parent: nil, depth: 0) }
        let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1.index, $0) })

        entries = order.map { item in
            let c = circulars[item.index]
            let overdue = today.flatMap { t in c.dueOn.map { t > $0 } } ?? false
            let unitIndices = addressed[item.index].union(answers[item.index].keys).sorted()
            let states = unitIndices.map { u -> UnitState in
                let ack = answers[item.index][u]
                let progress = Self.progress(ack, circular: c, headcount: directory.units[u].headcount)
                return UnitState(unit: u, acknowledgement: ack, progress: progress, isLate: overdue && progress != .done)
            }
            return Entry(circular: c, parent: item.parent.flatMap { position[$0] }, depth: item.depth, units: states,
                         done: states.filter(\.isDone).count, late: states.filter(\.isLate).count,
                         daysToDue: today.flatMap { t in c.dueOn.map { $0.dayNumber - t.dayNumber } })
        }
        diagnostics = found
    }

    /// Every loop of `follows`, each as the indices of its circulars in the order they
    /// follow one another (`[a, b]`: a follows b, b follows a; `[d]`: d follows itself).
    /// Each circular follows at most one, so one walk per circular, remembering which
    /// are on the current path, finds them all in linear time.
    static func loops(_ circulars: [Circular], indexByID: [String: Int]) -> [[Int]] {
        enum Mark { case unseen, onPath, done }
        var marks = Array(repeating: Mark.unseen, count: circulars.count)
        var loops: [[Int]] = []
        for start in circulars.indices where marks[start] == .unseen {
            var path: [Int] = []
            var current: Int? = start
            while let i = current, marks[i] == .unseen {
                marks[i] = .onPath
                path.append(i)
                current = circulars[i].follows.flatMap { indexByID[$0] }
            }
            if let i = current, marks[i] == .onPath, let from = path.firstIndex(of: i) { loops.append(Array(path[from...])) }
            for i in path { marks[i] = .done }
        }
        return loops
    }

    /// Done: the pact signed (a date, or as many signatures as officers); for a circular
    /// that asks no pact, passed on within the unit.
    static func progress(_ ack: Acknowledgement?, circular: Circular, headcount: Int) -> Progress {
        guard let ack else { return .none }
        if ack.pactSignedOn != nil { return .done }
        if let n = ack.signedCount, n > 0 {
            if headcount > 0 && n >= headcount { return .done }
            if circular.asksPact { return .partlySigned(n) }
        }
        if ack.passedOn != nil { return circular.asksPact ? .passedOn : .done }
        if ack.receivedOn != nil || ack.apelOn != nil { return .received }
        return .none
    }

    /// The circulars a unit has to answer, with its state in each, in chain order.
    public func states(ofUnit unit: Int) -> [(entry: Entry, state: UnitState)] {
        entries.compactMap { e in e.units.first { $0.unit == unit }.map { (e, $0) } }
    }
}

/// A name for the nearest-unit cache's value (a unit may be absent when none is known).
enum Directory {
    struct Nearest { let unit: UnitDirectory.Unit? }
}

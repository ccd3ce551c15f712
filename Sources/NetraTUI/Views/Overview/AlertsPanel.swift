import Foundation
import NetraCore

/// The overview's alerts: a box whose title counts them by severity, and a list whose
/// lines say the severity once (glyph, word, colour — kept on the selected line), the
/// countdown, and a sentence.
///
/// The severity and countdown columns are as wide as their widest value. A sentence
/// too long for its line first names the officer more shortly (`Hasan Basri`, then
/// `Hasan B.`), then is cut between words — never inside or right after a number, so a
/// date is whole or absent.
enum AlertsPanel {
    /// The widths of the columns before the sentence.
    struct Columns: Equatable {
        var glyph: Int
        var severity: Int
        var countdown: Int

        /// Columns used before the sentence, with the gaps.
        var lead: Int { glyph + 1 + severity + 1 + (countdown > 0 ? countdown + 1 : 0) }
    }

    /// Lines looked at for the widths: a long list costs no more than a screenful or two.
    static let measured = 300

    static func rowCount(_ input: ViewInput) -> Int { OverviewView().rowIDs(input).count }

    /// The severity word and countdown columns, as wide as the widest shown.
    static func columns(_ input: ViewInput) -> Columns {
        let alerts = OverviewView().alerts(input)
        let severities = Set(alerts.prefix(10_000).map(\.severity))
        let glyph = Alert.Severity.allCases.map { DisplayWidth.of($0.glyph(input.glyphs)) }.max() ?? 1
        let severity = severities.map { DisplayWidth.of(input.text.severity($0)) }.max() ?? 1
        let countdown = alerts.prefix(measured).compactMap { $0.countdown.map { DisplayWidth.of(input.text.countdown($0.at(input.now))) } }.max() ?? 0
        return Columns(glyph: glyph, severity: severity, countdown: countdown)
    }

    /// The widest line the list would draw with every name in full (the first lines).
    static func widestLine(_ input: ViewInput, columns: Columns) -> Int {
        let rows = OverviewView().rows(input).prefix(measured)
        let widest = rows.map { row -> Int in
            switch row {
            case .single(let a): DisplayWidth.of(sentence(input, a, name: nil), atMost: 1000)
            case .group(let g): DisplayWidth.of(groupLine(input, g), atMost: 1000)
            case .member(let a): 2 + DisplayWidth.of(sentence(input, a, name: nil), atMost: 1000)
            case .changes(let d): DisplayWidth.of(input.text.changesLine(d, zone: input.situation.zone), atMost: 1000)
            }
        }.max() ?? 0
        return columns.lead + widest + 2
    }

    /// The alert's sentence with `name` for its officer (`nil`: as this screen names them).
    static func sentence(_ input: ViewInput, _ a: Alert, name: String?) -> String {
        let officer = a.nip.flatMap { input.model.dataset.roster[$0] }
        let who = name ?? officer.map { input.privacy.name(of: $0) } ?? a.nip.map { input.privacy.nip($0) }
        return input.text.sentence(for: a, name: who, candidacy: officer?.candidacy.isActiveCandidate == true ? officer?.candidacy : nil)
    }

    static func groupLine(_ input: ViewInput, _ g: AlertGroup) -> String {
        input.text.groupSentence(g) + " (\(input.text.groupHint(expanded: input.state.expanded.contains(g.key))))"
    }

    /// The sentence in `width` columns: with the officer's name in its longest form that
    /// fits (and that no other name of the frame shows), else cut between words.
    static func fittedSentence(_ context: inout DrawContext, _ a: Alert, width: Int) -> String {
        let input = context.input
        let whole = sentence(input, a, name: nil)
        // A name too long to be a name (a pasted blob) is only cut, never split into forms.
        guard DisplayWidth.of(whole, atMost: width) > width, input.privacy.names == .full,
              let officer = a.nip.flatMap({ input.model.dataset.roster[$0] }),
              officer.displayName.utf8.count <= Shortening.formLimit else { return TextFit.words(whole, width: width) }
        let full = officer.displayName
        let forms = PersonName(full).forms.filter { !context.names.isTaken($0, by: full) }
        for form in forms {
            let s = sentence(input, a, name: form)
            if DisplayWidth.of(s, atMost: width) <= width {
                context.names.record(.name, value: full, shown: form)
                return s
            }
        }
        // Cut anyway. The cut that keeps the most of the sentence's figures wins (a
        // shorter name that saves the date `sejak 1 Apr 2023` is worth it); among equals
        // the longest name the cut keeps whole, else the sentence as the screen names them.
        var best = (cut: TextFit.words(whole, width: width), form: String?.none)
        var bestDigits = Self.digits(best.cut)
        for form in forms.dropFirst() {
            let cut = TextFit.words(sentence(input, a, name: form), width: width)
            guard cut.contains(form) else { continue }
            let kept = Self.digits(cut)
            if best.form == nil ? kept >= bestDigits : kept > bestDigits {
                best = (cut, form)
                bestDigits = kept
            }
        }
        if let form = best.form { context.names.record(.name, value: full, shown: form) }
        return best.cut
    }

    /// How many digits a line keeps: what a cut must not lose (dates, counts, days).
    static func digits(_ line: String) -> Int { line.unicodeScalars.count { ("0"..."9").contains($0) } }

    /// Draws the box and the list.
    static func draw(_ context: inout DrawContext, _ rect: Rect, list: ListWindow, columns: Columns) {
        let input = context.input, text = context.text, glyphs = context.glyphs
        let view = OverviewView()
        let alerts = view.alerts(input)
        let counts = Alert.Severity.counts(in: alerts)
        let title = "\(text.title(.alerts)) (\(alerts.count))"
            + Alert.Severity.allCases.reversed().filter { counts[$0, default: 0] > 0 }.map { "  \($0.glyph(glyphs)) \(counts[$0]!) \(text.severity($0))" }.joined()
        PanelBox.draw(&context, rect, title: title)
        guard !alerts.isEmpty else {
            context.grid.put(text(.noAlerts), x: rect.x + 2, y: rect.y + 1, role: .ok, maxWidth: rect.width - 4)
            return
        }
        let rows = view.rows(input)
        let sentenceWidth = max(1, list.placement.rect.width - 2 - columns.lead)
        var cells: [Int: ListWidget.RowCells] = [:]
        for i in list.visible {
            func left(_ a: Alert) -> String { a.countdown.map { text.countdown($0.at(input.now)) } ?? "" }
            switch rows[i] {
            case .single(let a):
                cells[i] = ([a.severity.glyph(glyphs), text.severity(a.severity), left(a), fittedSentence(&context, a, width: sentenceWidth)],
                            [a.severity.role, a.severity.role, .countdown, nil])
            case .group(let g):
                cells[i] = ([g.severity.glyph(glyphs), text.severity(g.severity), left(g.alerts[0]), TextFit.words(groupLine(input, g), width: sentenceWidth)],
                            [g.severity.role, g.severity.role, .countdown, .title])
            case .member(let a):
                cells[i] = (["", "", left(a), "  " + fittedSentence(&context, a, width: sentenceWidth - 2)], [nil, nil, .countdown, nil])
            case .changes(let digest):
                cells[i] = (["+", text.changesWord(), "", TextFit.words(text.changesLine(digest, zone: input.situation.zone), width: sentenceWidth)],
                            [.title, .title, nil, .title])
            }
        }
        var widths = [Column(title: "", width: columns.glyph), Column(title: "", width: columns.severity)]
        if columns.countdown > 0 { widths.append(Column(title: "", width: columns.countdown)) }
        widths.append(Column(title: "", width: 1, flex: 1))
        let model = input.model
        let hasCountdown = columns.countdown > 0
        ListWidget.draw(&context, window: list, columns: widths, fresh: { model.isFreshlyChanged($0, now: input.now) },
                        keepWhenSelected: [.alertCritical, .alertWarning, .alertInfo]) { i in
            let c = cells[i] ?? ([], [])
            guard !hasCountdown, c.values.count == 4 else { return c }
            return ([c.values[0], c.values[1], c.values[3]], [c.roles[0], c.roles[1], c.roles[3]])
        }
    }
}

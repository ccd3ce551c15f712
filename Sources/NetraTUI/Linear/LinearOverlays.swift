import Foundation
import NetraCore

/// What opens on top of a view, read as lines: the keys (`?`, from the one key
/// table that handles them), a row's detail (`Enter`), the problems (`!`) and a
/// choice list (the command line, filter by value).
enum LinearOverlays {
    /// Every key of `KeyMap`, said as words (`j atau panah bawah: baris berikutnya.`).
    static func keys(_ text: UIText) -> [String] {
        // The help lines are the screen's (`dapil…`): made speakable like any other text.
        let spoken = SpokenText(text: text, zone: .gmt)
        return [text.linearKeysHeading()] + KeyMap.bindings(province: false).map { binding in
            text.linearKey(binding.keys.map(text.spokenKey), spoken.plain(binding.help[text.language] ?? binding.help[.id] ?? ""))
        }
    }

    /// The detail pane's fields, the officer's own below them (as the pane shows them).
    static func detail(_ detail: Detail, _ input: ViewInput, _ spoken: SpokenText) -> [String] {
        let text = input.text
        var fields = detail.fields
        if let o = detail.officer {
            fields = [(text(.officer), o.displayName), (text(.nip), o.nip.description)] + fields + Overlays.officerFields(o, input)
        }
        var lines = [text.linearDetail(spoken.plain(detail.title ?? input.state.view.title(text)))]
        for field in fields {
            let label = spoken.plain(field.label), value = spoken.plain(field.value)
            guard value != "—" else { continue }
            // A heading inside the pane (`Riwayat`) has no value of its own; a hint no label.
            let line = value.isEmpty ? label : label.isEmpty ? value : "\(label): \(value)"
            if !line.isEmpty { lines.append(LinearPresenter.sentence(line)) }
        }
        return lines
    }

    /// The problems panel: the count, then each problem as its sentence, grouped by file.
    static func problems(_ input: ViewInput, _ spoken: SpokenText) -> [String] {
        let list = ProblemList.of(input), text = input.text
        guard !list.entries.isEmpty else { return [text.linearProblems(0), text(.problemsNone)] }
        var lines = [text.linearProblems(list.entries.count)]
        for group in list.groups(text) {
            for entry in group.entries { lines.append(spoken.plain(ProblemList.sentence(entry, text, time: input.time))) }
        }
        return lines
    }

    /// The choice list as one line: its title and the choices it offers now.
    static func picker(_ picker: PickerState, _ layout: FrameLayout, _ spoken: SpokenText) -> String {
        let items = Pickers.items(picker, layout: layout)
        let shown = items.prefix(LinearPresenter.rowsRead).map { item in
            spoken.plain(item.hint.isEmpty ? item.label : "\(item.label), \(item.hint)")
        }
        return layout.input.text.linearPicker(spoken.plain(Pickers.title(picker, layout.input)), shown)
    }

    /// The choice the picker has selected, for `Terpilih: …`.
    static func pickerSelection(_ picker: PickerState, _ layout: FrameLayout, _ spoken: SpokenText) -> String? {
        let items = Pickers.items(picker, layout: layout)
        guard items.indices.contains(picker.selected) else { return nil }
        let item = items[picker.selected]
        return spoken.plain(item.hint.isEmpty ? item.label : "\(item.label), \(item.hint)")
    }
}

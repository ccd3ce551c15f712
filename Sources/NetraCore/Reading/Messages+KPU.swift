/// The table's sentences about KPU's lists (`kpu/`) and the office's verdicts
/// (`kpu-review.csv`), both languages, kept apart from Messages.swift.
extension Messages {
    // MARK: Reading kpu/

    static func kpuUnknownSex(_ raw: String) -> Message {
        let v = UntrustedText.quoted(raw)
        return Message(en: "jenis kelamin \(v) is neither L nor P: the sex is not compared for this entry",
                       id: "jenis kelamin \(v) bukan L atau P: jenis kelamin entri ini tidak dibandingkan")
    }

    static func kpuListKindUnknown(rows: Int) -> Message {
        Message(en: "\(rows) row\(rows == 1 ? "" : "s") left out: neither the file name nor a DAFTAR column says which list this is; name the file DCS-…, DCT-… or Paslon-… (e.g. DCS-Partai-Nusantara-Maju-Dapil-2.csv)",
                id: "\(rows) baris tidak dibaca: nama berkas maupun kolom DAFTAR tidak menyebut daftar apa ini; beri nama berkas DCS-…, DCT-… atau Paslon-… (mis. DCS-Partai-Nusantara-Maju-Dapil-2.csv)")
    }

    static func kpuFolderRefused(_ refusal: SafeFile.Refusal) -> Message {
        Message(en: "the kpu folder cannot be read: ", id: "folder kpu tidak dapat dibaca: ") + Messages.refusal(refusal)
    }

    static func kpuTooManyFiles(_ count: Int, limit: Int) -> Message {
        Message(en: "kpu/ holds \(count) files; only the first \(limit) (by name) are read",
                id: "kpu/ berisi \(count) berkas; hanya \(limit) yang pertama (menurut nama) yang dibaca")
    }

    static func kpuNotTables(_ names: [String]) -> Message {
        let shown = names.prefix(5).map { UntrustedText.quoted($0, limit: 60) }.joined(separator: ", ") + (names.count > 5 ? ", …" : "")
        return Message(en: "not read (only .csv, .xlsx and .ods lists are): \(shown); a PDF from KPU must be converted or retyped into a spreadsheet first",
                       id: "tidak dibaca (hanya daftar .csv, .xlsx dan .ods): \(shown); PDF dari KPU perlu diubah atau diketik ulang ke spreadsheet dahulu")
    }

    // MARK: kpu-review.csv

    static let kpuReviewNoEntry = Message(en: "the row names no entry: fill in nomor urut or nama (as on the list)",
                                          id: "baris ini tidak menyebut entri: isi nomor urut atau nama (seperti di daftar)")

    static func kpuReviewEntryMissing(list: String, number: String, name: String) -> Message {
        let l = UntrustedText.quoted(list, limit: 80)
        let which = [number.isEmpty ? nil : "no. \(UntrustedText.sanitized(number))", name.isEmpty ? nil : UntrustedText.quoted(name, limit: 60)]
            .compactMap { $0 }.joined(separator: " ")
        return Message(en: "no entry \(which) in the list \(l) of kpu/: the verdict is not applied",
                       id: "tidak ada entri \(which) di daftar \(l) dalam kpu/: putusan ini tidak diterapkan")
    }

    // MARK: netra check

    /// One match as `netra check` prints it after the problems.
    static func kpuMatchLine(_ m: KPUMatch, officerName: String?) -> Message {
        let listed = UntrustedText.quoted(m.entry.name, limit: 80)
        let who = "\(m.nip)" + (officerName.map { " " + UntrustedText.sanitized($0) } ?? "")
        let label = KPUEntry.label(m.entry)
        let score = m.score.value
        return Message { l in
            let level: String
            switch (m.verdict, m.score.isLikely, l) {
            case (.same?, _, .id): level = "dikonfirmasi sama"
            case (.same?, _, .en): level = "confirmed same"
            case (.notSame?, _, .id): level = "dinyatakan bukan"
            case (.notSame?, _, .en): level = "dismissed"
            case (nil, true, .id): level = "kemungkinan besar"
            case (nil, true, .en): level = "likely"
            case (nil, false, .id): level = "mungkin"
            case (nil, false, .en): level = "possible"
            }
            let recorded = m.recorded ? (l == .id ? "tercatat sebagai calon" : "recorded as a candidate")
                : (l == .id ? "belum tercatat sebagai calon" : "not recorded as a candidate")
            return l == .id ? "\(label) \(listed) ~ \(who): skor \(score), \(level); \(recorded)"
                : "\(label) \(listed) ~ \(who): score \(score), \(level); \(recorded)"
        }
    }

    /// `KPU: 3 lists, 60 names; 4 likely matches (1 not recorded as a candidate), 1 dismissed`.
    static func kpuSummary(lists: Int, names: Int, likely: Int, possible: Int, notRecorded: Int, dismissed: Int) -> Message {
        Message(en: "KPU: \(lists) list\(lists == 1 ? "" : "s"), \(names) name\(names == 1 ? "" : "s"); \(likely) likely match\(likely == 1 ? "" : "es") (\(notRecorded) not recorded as a candidate), \(possible) possible, \(dismissed) dismissed",
                id: "KPU: \(lists) daftar, \(names) nama; \(likely) kemungkinan besar cocok (\(notRecorded) belum tercatat sebagai calon), \(possible) mungkin, \(dismissed) dinyatakan bukan")
    }

    /// The alert as a sentence: `ASN Siti Aminah kemungkinan ada di DCS Partai X dapil 2,
    /// belum tercatat sebagai calon (no. 3, skor 90)`.
    public static func kpuAlert(_ alert: Alert, who: String) -> Message {
        let facts = alert.kpu ?? KPUAlertFacts()
        switch alert.kind {
        case .kpuCandidateNotListed:
            let n = facts.listsChecked
            return Message(en: "\(who) is recorded as a candidate but is on none of the \(n) KPU list\(n == 1 ? "" : "s") of that election in kpu/",
                           id: "\(who) tercatat sebagai calon tetapi tidak ada di \(n) daftar KPU pemilihan itu dalam kpu/")
        default:
            guard let entry = facts.entry else { return Message(en: who, id: who) }
            var where_ = KPUEntry(file: entry.file, line: entry.line, kind: entry.kind, number: "", name: entry.name, sex: nil,
                                  party: entry.party, district: entry.district)
            where_.isDeputy = entry.isDeputy
            let label = KPUEntry.label(where_)
            let number = entry.number.isEmpty ? "" : "no. \(UntrustedText.sanitized(entry.number)), "
            let score = facts.score ?? 0
            if facts.confirmed {
                return Message(en: "Officer \(who) is on the \(label) (\(number)confirmed in \(facts.reviewFile)), not recorded as a candidate",
                               id: "ASN \(who) ada di \(label) (\(number)dikonfirmasi di \(facts.reviewFile)), belum tercatat sebagai calon")
            }
            return Message(en: "Officer \(who) is likely on the \(label), not recorded as a candidate (\(number)score \(score))",
                           id: "ASN \(who) kemungkinan ada di \(label), belum tercatat sebagai calon (\(number)skor \(score))")
        }
    }
}

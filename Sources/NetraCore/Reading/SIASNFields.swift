/// The officer columns that SIASN exports add to a roster: titles, legal status and
/// the recorded retirement date. All optional; a roster without them reads as before.
enum SIASNFields {
    /// Fills `officer` from the row; false (after reporting) when the row is unusable.
    static func read(_ row: CSVRow, _ table: CSVTable<OfficerColumn>, into officer: inout Officer,
                     dates: inout CachedField<CivilDate>, onError: CellReport, onWarning: CellReport) -> Bool {
        officer.titleBefore = row.interned(table[.titleBefore])
        officer.titleAfter = row.interned(table[.titleAfter])
        if !row.isBlank(table[.status]) {
            officer.statusText = row.interned(table[.status])
            officer.status = LegalStatus.classify(officer.statusText)
        }
        if !row.isBlank(table[.retirementDate]) {
            guard let recorded = dates.parse(row, table[.retirementDate], column: "retirement_date", onError: onError) else { return false }
            officer.recordedRetirementDate = recorded
            if let derived = officer.derivedRetirementDate, derived != recorded {
                onWarning(Messages.retirementDateDiffers(recorded: recorded, derived: derived, age: officer.retirementAge), "retirement_date")
            }
        }
        return true
    }
}

extension Employment {
    /// Reads the accepted spellings and SIASN's longer *jenis pegawai* values:
    /// `PNS Daerah Kab./Kota`, `PNS Pusat DPK`, `CPNS Daerah Provinsi` are PNS;
    /// `PPPK`, `PPPK Paruh Waktu` are PPPK.
    static func parseExport(_ text: String) -> Employment? {
        if let exact = parse(text) { return exact }
        let k = Vocabulary.key(text)
        if k.hasPrefix("pppk") || k.hasPrefix("p3k") { return .pppk }
        if k.hasPrefix("pns") || k.hasPrefix("cpns") { return .pns }
        return nil
    }
}

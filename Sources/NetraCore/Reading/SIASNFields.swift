/// The officer columns that SIASN exports add to a roster: titles, legal status and
/// the recorded retirement date. All optional; a roster without them reads as before.
enum SIASNFields {
    /// Fills `officer` from the row, reporting a cell that makes the row unusable
    /// through `onError` and a doubtful one through `onWarning`.
    static func read(_ row: CSVRow, _ table: CSVTable<OfficerColumn>, into officer: inout Officer,
                     dates: inout CachedField<CivilDate>, onError: CellReport, onWarning: CellReport) {
        // Numbers in the row's pool, which is the officer's (`RecordReaders.officers`).
        officer.setTexts(titleBefore: UInt32(row.internedID(table[.titleBefore])), titleAfter: UInt32(row.internedID(table[.titleAfter])),
                         sex: UInt32(row.internedID(table[.sex])))
        if !row.isBlank(table[.status]) {
            officer.setStatusText(UInt32(row.internedID(table[.status])))
            officer.status = LegalStatus.classify(officer.statusText)
        }
        if let recorded = dates.optional(row, table, .retirementDate, onError: onError) {
            officer.recordedRetirementDate = recorded
            if let derived = officer.derivedRetirementDate, derived != recorded {
                onWarning(Messages.retirementDateDiffers(recorded: recorded, derived: derived, age: officer.retirementAge,
                                                         column: table.written(.retirementDate)), "retirement_date")
            }
        }
        // SIASN's own birth date: a PNS's NIP already says it, so a different one is a
        // typo in one of the two, worth a look but not a reason to drop the officer.
        if let born = dates.optional(row, table, .birthDate, onError: onWarning) {
            officer.recordedBirthDate = born
            if officer.employment == .pns, let fromNIP = officer.nip.birthDate, fromNIP != born {
                onWarning(Messages.birthDateDiffers(recorded: born, fromNIP: fromNIP, column: table.written(.birthDate)), "birth_date")
            }
        }
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

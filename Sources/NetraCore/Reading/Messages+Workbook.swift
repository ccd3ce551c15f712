/// The table's sentences about workbooks (`.xlsx`, `.ods`) and SIASN exports, English
/// beside Indonesian like the rest of `Messages`; kept apart so Messages.swift does not
/// grow further.
extension Messages {
    // MARK: Workbooks

    /// The names are Netra's own (`officers.xlsx`), never a user's text: unquoted.
    static func severalForms(read: String, others: [String]) -> Message {
        let list = others.joined(separator: ", "), file = read
        return Message(en: "\(list) \(others.count == 1 ? "is" : "are") also in the folder: reading \(file), the one changed last; remove or rename the other so that nobody edits the wrong one",
                       id: "\(list) juga ada di folder: yang dibaca \(file), yang terakhir diubah; hapus atau ganti nama yang lain agar tidak ada yang menyunting berkas yang salah")
    }

    /// The cell itself is the diagnostic's place (`officers.xlsx:Pegawai!A3`).
    static func numberNIP(_ raw: String) -> Message {
        let nip = UntrustedText.quoted(raw)
        return Message(en: "nip \(nip) is stored as a number in the workbook: a spreadsheet keeps only 15 digits, so the last 3 are lost. Format the nip column as Text and type the 18 digits again",
                       id: "nip \(nip) tersimpan sebagai angka di workbook: spreadsheet hanya menyimpan 15 digit, sehingga 3 digit terakhir hilang. Format kolom nip sebagai Teks lalu ketik ulang 18 digit")
    }

    static func workbook(_ problem: WorkbookProblem, file: String) -> Message {
        let name = UntrustedText.quoted(file, limit: 60)
        switch problem {
        case .notArchive:
            return Message(en: "\(name) is not a workbook (it is not a zip archive): if it is CSV text, name it .csv; otherwise save it again from the spreadsheet as .xlsx or .ods",
                           id: "\(name) bukan workbook (bukan arsip zip): jika isinya teks CSV, beri nama .csv; jika bukan, simpan ulang dari spreadsheet sebagai .xlsx atau .ods")
        case .legacyOrEncrypted:
            return Message(en: "\(name) is password-protected or in the old Excel 97–2003 format: save it without a password as Excel Workbook (.xlsx)",
                           id: "\(name) dilindungi kata sandi atau berformat lama Excel 97–2003: simpan tanpa kata sandi sebagai Excel Workbook (.xlsx)")
        case .encrypted:
            return Message(en: "\(name) is password-protected: save it again without a password",
                           id: "\(name) dilindungi kata sandi: simpan ulang tanpa kata sandi")
        case .notSpreadsheet:
            return Message(en: "\(name) is a zip archive but not a spreadsheet workbook (.xlsx or .ods)",
                           id: "\(name) adalah arsip zip tetapi bukan workbook spreadsheet (.xlsx atau .ods)")
        case .corrupt(let part):
            let p = UntrustedText.quoted(part, limit: 60)
            return Message(en: "\(name) is damaged (\(p) cannot be read): is it still being saved? Otherwise open it in the spreadsheet and save it again",
                           id: "\(name) rusak (\(p) tidak terbaca): apakah masih sedang disimpan? Jika tidak, buka di spreadsheet lalu simpan ulang")
        case .noSheet:
            return Message(en: "\(name) has no sheet", id: "\(name) tidak memiliki sheet")
        case .onlyHiddenSheets:
            return onlyHiddenSheets(name)
        case .hostile(let why):
            let reason = hostileReason(why)
            return Message { l in
                l == .id ? "\(name) ditolak: \(reason.text(l)). Simpan ulang datanya dari spreadsheet ke berkas baru"
                    : "\(name) was refused: \(reason.text(l)). Save the data again from the spreadsheet into a new file"
            }
        }
    }

    static func hostileReason(_ why: WorkbookProblem.Hostile) -> Message {
        switch why {
        case .documentType:
            Message(en: "its XML declares a document type or entities, which no spreadsheet writes",
                    id: "XML-nya mendeklarasikan tipe dokumen atau entitas, yang tidak pernah ditulis spreadsheet")
        case .nesting:
            Message(en: "its XML is nested deeper than any workbook", id: "XML-nya bersarang lebih dalam dari workbook mana pun")
        case .limit:
            Message(en: "its XML goes past the parser's safety limits", id: "XML-nya melewati batas keamanan pengurai")
        case .expands(let limit):
            Message(en: "it would expand to more than \(limit >> 20) MB", id: "isinya akan mengembang lebih dari \(limit >> 20) MB")
        case .entries(let n):
            Message(en: "it holds \(n) or more archive entries", id: "isinya \(n) entri arsip atau lebih")
        case .sheets(let n):
            Message(en: "it has \(n) or more sheets", id: "sheet-nya \(n) atau lebih")
        case .outsideSheet:
            Message(en: "it has cells beyond the last row or column a spreadsheet allows",
                    id: "ada sel di luar baris atau kolom terakhir yang diizinkan spreadsheet")
        case .cells(let limit):
            Message(en: "its repeated rows and cells come to more than \(limit) cells",
                    id: "baris dan sel berulangnya berjumlah lebih dari \(limit) sel")
        }
    }

    // MARK: SIASN exports

    static func retirementDateDiffers(recorded: CivilDate, derived: CivilDate, age: Int) -> Message {
        Message(en: "retirement_date \(recorded) differs from \(derived), the date the NIP's birth date and a retirement age of \(age) give; Netra uses \(recorded), as recorded",
                id: "retirement_date \(recorded) berbeda dari \(derived), tanggal yang diberikan tanggal lahir di NIP dan BUP \(age) tahun; Netra memakai \(recorded), sesuai catatan")
    }
}

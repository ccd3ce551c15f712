import Foundation

/// The sentences of a site's journal in the province database (`netra changes
/// --source`), English beside Indonesian.
extension Messages {
    /// `netra changes --source` before the site's first push recorded its starting point.
    public static func journalEmptySite(_ site: String) -> Message {
        let s = UntrustedText.quoted(site)
        return Message(en: "No journal for site \(s) yet: it starts with the site's first netra push, and records changes from the next one.",
                       id: "Belum ada jurnal untuk situs \(s): jurnal dimulai pada netra push pertama situs ini, dan mencatat perubahan mulai pengiriman berikutnya.")
    }

    /// Rows of `netra.journal` whose event does not read back (edited by hand in SQL).
    public static func journalRowsSkipped(_ n: Int, site: String) -> Message {
        let s = UntrustedText.quoted(site)
        return Message(en: "warning: \(n) row\(n == 1 ? "" : "s") of the journal of site \(s) in the database are not whole events and were skipped",
                       id: "warning: \(n) baris jurnal situs \(s) di basis data bukan peristiwa utuh dan dilewati")
    }
}

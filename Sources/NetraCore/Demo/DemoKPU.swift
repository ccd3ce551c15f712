import Foundation

/// The demo's `kpu/` folder: two DCS lists as an office saves them from KPU Kota
/// Balikpapan's announcement, one per party and dapil, names written the way KPU
/// writes them (titles, capitals).
///
/// The seeds' story: Eko Prasetyo, a Diskominfo programmer whom the roster does not
/// record as a candidate, is on Partai Bintang Harapan's DCS for Balikpapan 5 as
/// `EKO PRASETYO, S.Kom.` — the ASN on a list before the office knew (a warning until
/// the office decides in `kpu-review.csv`). Hendra Wijaya and Irwan Saputra, recorded
/// bacaleg, are found under KPU's spelling of their names (`Drs. HENDRA WIJAYA, M.Si.`,
/// `IRWAN SAPUTRA, S.IP.`).
///
/// (DCS lists appear on 19 Aug 2023, after the demo's moment; the demo shows what the
/// office sees once they are out.)
public enum DemoKPU {
    /// The files of `kpu/`, by name.
    public static let lists: [String: String] = [
        "DCS-Partai-Nusantara-Maju-Dapil-Balikpapan-2.csv": """
        NOMOR URUT;NAMA LENGKAP;JENIS KELAMIN;KABUPATEN/KOTA TEMPAT TINGGAL
        1;Drs. HENDRA WIJAYA, M.Si.;L;KOTA BALIKPAPAN
        2;RATNA SARI DEWI, S.E.;P;KOTA BALIKPAPAN
        3;H. MUHAMMAD ARSYAD;L;KOTA BALIKPAPAN
        4;YULIANTI, S.Pd.;P;KOTA BALIKPAPAN
        5;ARIF BUDIMAN;L;KABUPATEN PENAJAM PASER UTARA

        """,
        "DCS-Partai-Bintang-Harapan-Dapil-Balikpapan-5.csv": """
        NOMOR URUT;NAMA LENGKAP;JENIS KELAMIN;KABUPATEN/KOTA TEMPAT TINGGAL
        1;IRWAN SAPUTRA, S.IP.;L;KOTA BALIKPAPAN
        2;Hj. SITI MARYAM;P;KOTA BALIKPAPAN
        3;EKO PRASETYO, S.Kom.;L;KOTA BALIKPAPAN
        4;DEDI KURNIAWAN, S.H.;L;KOTA BALIKPAPAN
        5;LINDA HAPSARI;P;KOTA BALIKPAPAN

        """,
    ]

    /// Writes `kpu/` into the demo folder.
    static func write(to folder: URL) throws {
        let kpu = folder.appendingPathComponent(KPUFolder.name)
        try FileManager.default.createDirectory(at: kpu, withIntermediateDirectories: true)
        for (name, text) in lists {
            try Data(text.utf8).write(to: kpu.appendingPathComponent(name), options: .atomic)
        }
    }
}

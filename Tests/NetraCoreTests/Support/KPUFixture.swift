import Foundation
@testable import NetraCore

/// The KPU-list fixture of issue 21: three lists (two parties, three dapils) of 60
/// names written with titles, case and spacing as KPU and clerks write them, against a
/// roster of 12. Its story:
///
/// - Siti Aminah (female, no candidacy) is on Partai Nusantara Maju's DCS for dapil 2 as
///   `Dra. Hj. SITI  AMINAH, M.Si.`: the one alert (warning, score 100).
/// - Three recorded candidates are found under other spellings: `Dr. H. ACHMAD FAUZAN,
///   S.Sos., M.Si.` (Ahmad Fauzan), `M. RIZAL, S.E.` (Muhammad Rizal), `NUR HAYATI, S.Pd.`
///   (Nurhayati, in a list that names dapils and parties in columns).
/// - Budi Santoso, a recorded DCS candidate of Partai Nusantara Maju, is on none of the
///   lists: information. Agus Salim's party has no list loaded: nothing.
/// - Namesakes of the other sex: `RIZKY PRATAMA` (P) is not Rizky Pratama (male), and
///   `dwi lestari` (L) is not Dwi Lestari (female): no match at all.
/// - `DEWI KARTIKA` is only a possible match for Dewi Kartika Sari (score 70): no alert.
enum KPUFixture {
    static let siti = "198503122010012001"
    static let ahmad = "197003141996031001"
    static let rizal = "198807072015031002"
    static let nurhayati = "199001012019032003"
    static let budi = "197512122000121004"
    static let agus = "198002022005011005"
    static let rizky = "199305052020121006"
    static let dwi = "199107072018012007"
    static let dewi = "198909092014022008"

    static let officers = """
    NIP;NAMA;UNIT KERJA;JABATAN;GOL/RUANG;PENCALONAN;PARTAI;DAPIL
    \(siti);Siti Aminah;Dinas Pendidikan;Guru Ahli Muda;III/c;-;;
    \(ahmad);Ahmad Fauzan;Sekretariat Daerah;Kepala Bagian Umum;IV/b;DCS;Partai Nusantara Maju;Dapil 1
    \(rizal);Muhammad Rizal;Dinas Perhubungan;Analis;III/b;Bacaleg;Partai Rakyat Sejahtera;Dapil 3
    \(nurhayati);Nurhayati;Dinas Kesehatan;Perawat;III/a;DCS;Partai Rakyat Sejahtera;Dapil 2
    \(budi);Budi Santoso;Dinas Sosial;Kepala Seksi;III/d;DCS;Partai Nusantara Maju;Dapil 2
    \(agus);Agus Salim;Kecamatan Balikpapan Kota;Lurah;III/d;Bacaleg;Partai Lain Sekali;Dapil 4
    \(rizky);Rizky Pratama;Dinas Pendidikan;Guru;III/a;-;;
    \(dwi);Dwi Lestari;Dinas Kesehatan;Bidan;III/a;-;;
    \(dewi);Dewi Kartika Sari;BKPSDM;Analis SDM;III/b;-;;
    197811112003121010;Joko Widodo;Dinas Pekerjaan Umum;Teknisi;III/a;-;;
    198212122008011011;Andi Saputra;Inspektorat;Auditor;III/c;-;;
    198404042009022012;Rina Marlina;Bappeda;Perencana;III/c;-;;
    """

    static let fillerFirst = ["Arif", "Bayu", "Candra", "Dimas", "Fajar", "Galih", "Hadi", "Irfan", "Joni", "Krisna",
                              "Lukman", "Rendi", "Sandi", "Taufik", "Umar", "Wawan", "Yoga", "Zainal"]
    static let fillerLast = ["Wibowo", "Kurniawan", "Hidayat", "Setiawan", "Permana", "Gunadi", "Susanto", "Hakim", "Ramadhan"]

    /// A filler name no officer has, the `n`th of the file.
    static func filler(_ n: Int, _ salt: Int) -> String {
        fillerFirst[(n + salt) % fillerFirst.count].uppercased() + " " + fillerLast[(n * 7 + salt) % fillerLast.count].uppercased()
    }

    /// `kpu/DCS-Partai-Nusantara-Maju-Dapil-1.csv`: 20 names, party and dapil from the name.
    static var nusantaraDapil1: String {
        var rows = ["NOMOR URUT;NAMA LENGKAP;JENIS KELAMIN;KABUPATEN/KOTA TEMPAT TINGGAL",
                    "1;Dr. H. ACHMAD FAUZAN, S.Sos., M.Si.;L;KOTA BALIKPAPAN",
                    "2;RIZKY PRATAMA;P;KOTA BALIKPAPAN"]
        for n in 3...20 { rows.append("\(n);\(filler(n, 1));\(n % 3 == 0 ? "P" : "L");KOTA BALIKPAPAN") }
        return rows.joined(separator: "\r\n") + "\r\n"
    }

    /// `kpu/DCS-Partai-Nusantara-Maju-Dapil-2.csv`: 15 names, a title line above the headings.
    static var nusantaraDapil2: String {
        var rows = ["DAFTAR CALON SEMENTARA ANGGOTA DPRD KOTA BALIKPAPAN",
                    "",
                    "NO. URUT,NAMA LENGKAP,JENIS KELAMIN,KABUPATEN/KOTA TEMPAT TINGGAL",
                    "1,\"  dwi   lestari \",L,Kota Balikpapan",
                    "2,\"DEWI KARTIKA\",P,",
                    "3,ir. Joko,L,Kota Balikpapan",
                    "4,\"Dra. Hj. SITI  AMINAH, M.Si.\",P,Kota Balikpapan"]
        for n in 5...15 { rows.append("\(n),\(filler(n, 5)),L,Kabupaten Penajam Paser Utara") }
        return rows.joined(separator: "\n") + "\n"
    }

    /// `kpu/DCS Partai Rakyat Sejahtera.csv`: 25 names over dapils 2 and 3, party and
    /// dapil in columns.
    static var rakyatSejahtera: String {
        var rows = ["NOMOR URUT;NAMA LENGKAP;JENIS KELAMIN;KABUPATEN/KOTA TEMPAT TINGGAL;PARTAI;DAPIL",
                    "1;NUR HAYATI, S.Pd.;P;Kota Balikpapan;PARTAI RAKYAT SEJAHTERA;BALIKPAPAN 2",
                    "1;M. RIZAL, S.E.;L;Kota Balikpapan;PARTAI RAKYAT SEJAHTERA;BALIKPAPAN 3"]
        for n in 2...13 { rows.append("\(n);\(filler(n, 9));L;Kota Balikpapan;PARTAI RAKYAT SEJAHTERA;BALIKPAPAN 2") }
        for n in 2...12 { rows.append("\(n);\(filler(n, 13));P;Kota Balikpapan;PARTAI RAKYAT SEJAHTERA;BALIKPAPAN 3") }
        return rows.joined(separator: "\n") + "\n"
    }

    /// Writes the folder; `review` is the content of `kpu-review.csv`, if any.
    @discardableResult
    static func write(to folder: URL, review: String? = nil) throws -> URL {
        let fm = FileManager.default
        try fm.createDirectory(at: folder.appendingPathComponent("kpu"), withIntermediateDirectories: true)
        func put(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        try put("officers.csv", officers + "\n")
        try put("netra.toml", "region = \"Kota Balikpapan\"\ntimezone = \"Asia/Makassar\"\n")
        try put("kpu/DCS-Partai-Nusantara-Maju-Dapil-1.csv", nusantaraDapil1)
        try put("kpu/DCS-Partai-Nusantara-Maju-Dapil-2.csv", nusantaraDapil2)
        try put("kpu/DCS Partai Rakyat Sejahtera.csv", rakyatSejahtera)
        if let review { try put("kpu-review.csv", review) }
        return folder
    }

    static func temporaryFolder(_ name: String = #function) -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("netra-kpu-\(UUID().uuidString)")
        return url
    }
}

import Foundation

/// The built-in demo folder: the Balikpapan story of May 2023.
///
/// Dozens of ordinary (invented) officers across city units, several registered as
/// bakal calon legislatif for DPRD Kota Balikpapan and one hopeful for the 2024 mayoral
/// election, two early-retirement requests in process, an officer past his
/// retirement age without a decree, a Bawaslu and a KIPP report about attending
/// political events, an officer whose personnel data BKN blocked after an ignored
/// recommendation (SIASN's `KEDUDUKAN HUKUM`, beside his case), and both 2024 elections: the Pemilu KPU schedule (PKPU 3/2022,
/// PKPU 10/2023) and the Pilkada stages (PKPU 2/2024). `officers.csv` is written the way SIASN exports it —
/// `;` separators, SIASN's upper-case headings (`NIP BARU`, `GELAR DEPAN`, `UNOR INDUK NAMA`),
/// a byte-order mark and CRLF — and who runs for office is in `candidates.csv`, so the
/// demo also shows that such files just work.
public enum DemoData {
    /// The story's moment: Tuesday 23 May 2023, 10:00 WITA, the day the city secretary
    /// spoke to the press.
    public static let storyMoment = Date(timeIntervalSince1970: 1_684_807_200)

    /// A file that marks a folder as Netra's demo, so `netra demo` never writes into a
    /// folder of real data.
    public static let markerName = ".netra-demo"

    /// Every file's contents, by file.
    public static var files: [DataFile: String] {
        [
            .officers: "\u{FEFF}" + officers.split(separator: "\n").joined(separator: "\r\n") + "\r\n",
            .candidates: candidates,
            .retirements: retirements,
            .cases: cases,
            .schedule: schedule,
            .settings: settings,
            .circulars: circulars,
            .acknowledgements: acknowledgements,
        ]
    }

    public enum WriteProblem: Error, CustomStringConvertible {
        case notADemoFolder(String)
        public var description: String {
            switch self {
            case .notADemoFolder(let p):
                "'\(UntrustedText.sanitized(p))' already holds files that are not Netra's demo; choose an empty or new folder"
            }
        }
    }

    /// Writes the demo folder. A new or empty folder is filled; a folder written by
    /// an earlier `netra demo` keeps its (possibly edited) files unless `reset` is set.
    /// Returns whether files were written.
    @discardableResult
    public static func write(to folder: URL, reset: Bool = false) throws -> Bool {
        let fm = FileManager.default
        let marker = folder.appendingPathComponent(markerName)
        if fm.fileExists(atPath: folder.path) {
            let entries = try fm.contentsOfDirectory(atPath: folder.path)
            if !entries.isEmpty {
                guard fm.fileExists(atPath: marker.path) else { throw WriteProblem.notADemoFolder(folder.path) }
                if !reset { return false }
            }
        } else {
            try fm.createDirectory(at: folder, withIntermediateDirectories: true)
        }
        for (file, text) in files {
            try Data(text.utf8).write(to: folder.appendingPathComponent(file.fileName), options: .atomic)
        }
        try DemoKPU.write(to: folder)
        try Data("Written by `netra demo`; delete this folder to start over.\n".utf8).write(to: marker)
        return true
    }
    static let officers = """
    NIP BARU;GELAR DEPAN;NAMA;GELAR BELAKANG;TANGGAL LAHIR;JENIS KELAMIN;JENIS PEGAWAI;KEDUDUKAN HUKUM;GOL AKHIR;JABATAN NAMA;UNOR INDUK NAMA
    197003141996031001;;Hendra Wijaya;S.IP., M.AP.;14-03-1970;Pria;PNS Daerah Kab./Kota;Aktif;IV/a;Kepala Bagian Tata Pemerintahan;Sekretariat Daerah
    197608222003122001;;Yuliana Tandi;S.Pd.;22-08-1976;Wanita;PNS Daerah Kab./Kota;Aktif;III/c;Guru Ahli Muda;Dinas Pendidikan dan Kebudayaan
    198101052009011001;;Irwan Saputra;;05-01-1981;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Kepala Seksi Pemerintahan;Kecamatan Balikpapan Utara
    197807192005011001;;Andi Baso Ridwan;;19-07-1978;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Kepala Seksi Angkutan;Dinas Perhubungan
    198505122010012001;;Nurul Aini;;12-05-1985;Wanita;PNS Daerah Kab./Kota;Aktif;III/b;Sekretaris Lurah;Kelurahan Gunung Samarinda
    196507091988031001;;Syamsul Bahri;;09-07-1965;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Pengawas Jalan dan Jembatan;Dinas Pekerjaan Umum
    196602111989122001;;Sri Wahyuni;;11-02-1966;Wanita;PNS Daerah Kab./Kota;Aktif;IV/a;Perawat Ahli Madya;Dinas Kesehatan
    196309041987031001;Ir.;Bambang Sutrisno;M.T.;04-09-1963;Pria;PNS Daerah Kab./Kota;Aktif;IV/c;Kepala Dinas Lingkungan Hidup;Dinas Lingkungan Hidup
    198804272015032001;;Fitri Handayani;S.Psi.;27-04-1988;Wanita;PNS Daerah Kab./Kota;Aktif;III/a;Analis Kepegawaian Ahli Pertama;Badan Kepegawaian dan Pengembangan SDM
    197909302006041001;;Yusuf Hidayat;;30-09-1979;Pria;PNS Daerah Kab./Kota;Aktif;IV/a;Kepala Bidang Mutasi dan Pemberhentian;Badan Kepegawaian dan Pengembangan SDM
    198302182008121001;;Eko Prasetyo;;18-02-1983;Pria;PNS Daerah Kab./Kota;Aktif;III/c;Pranata Komputer Ahli Muda;Dinas Komunikasi dan Informatika
    199006112019032001;;Dian Puspitasari;;11-06-1990;Wanita;PNS Daerah Kab./Kota;Aktif;II/c;Pengadministrasi Kependudukan;Dinas Kependudukan dan Pencatatan Sipil
    197503032001111001;;Wahyu Nugroho;;03-03-1975;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Kepala Seksi Penegakan Perda;Satuan Polisi Pamong Praja
    198208142007022001;;Lina Marlina;;14-08-1982;Wanita;PNS Daerah Kab./Kota;Aktif;III/c;Pekerja Sosial Ahli Muda;Dinas Sosial
    196901201994031001;;Heru Kurniawan;;20-01-1969;Pria;PNS Daerah Kab./Kota;Aktif;IV/b;Perencana Ahli Madya;Bappedalitbang
    199203052018062001;;Indah Permatasari;;05-03-1992;Wanita;PNS Daerah Kab./Kota;Aktif;II/d;Pengelola Layanan Umum;Kecamatan Balikpapan Selatan
    199409172019071001;;Rizky Maulana;;17-09-1994;Pria;PNS Daerah Kab./Kota;Aktif;II/b;Pengatur Lalu Lintas;Dinas Perhubungan
    198701292012032001;dr.;Novi Anggraini;;29-01-1987;Wanita;PNS Daerah Kab./Kota;Tugas Belajar;III/d;Dokter Ahli Muda;RSUD Beriman
    196505251990031001;;Markus Pasolang;;25-05-1965;Pria;PNS Daerah Kab./Kota;Aktif;IV/a;Teknik Pengairan Ahli Madya;Dinas Pekerjaan Umum
    196503101990031002;;Agustinus Lolo;;10-03-1965;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Pengawas Terminal Penumpang;Dinas Perhubungan
    198907082014022001;;Ayu Wulandari;;08-07-1989;Wanita;PNS Daerah Kab./Kota;CLTN;III/b;Guru Ahli Pertama;Dinas Pendidikan dan Kebudayaan
    197404122000031001;;Rahmat Hidayatullah;;12-04-1974;Pria;PNS Daerah Kab./Kota;Aktif;IV/a;Auditor Ahli Madya;Inspektorat
    199301212019112001;;Putri Ramadhani;;21-01-1993;Wanita;PNS Daerah Kab./Kota;Aktif;II/c;Pengelola Keuangan;Sekretariat DPRD
    196610301992031001;;Joko Susilo;;30-10-1966;Pria;PNS Daerah Kab./Kota;Aktif;IV/a;Camat Balikpapan Timur;Kecamatan Balikpapan Timur
    196406151985121001;Dr. H.;Mulyadi Rahman;S.Sos., M.Si.;15-06-1964;Pria;PNS Daerah Kab./Kota;Aktif;IV/c;Asisten Pemerintahan dan Kesejahteraan Rakyat;Sekretariat Daerah
    198002262005122001;;Siti Khadijah;;26-02-1980;Wanita;PNS Daerah Kab./Kota;Aktif;III/d;Kepala Puskesmas Sepinggan;Dinas Kesehatan
    198609092011041001;;Agus Setiawan;;09-09-1986;Pria;PNS Daerah Kab./Kota;Aktif;II/d;Komandan Regu;Dinas Pemadam Kebakaran
    199104022017031001;;Fajar Ramadhan;;02-04-1991;Pria;PNS Daerah Kab./Kota;Aktif;III/a;Pranata Humas Ahli Pertama;Dinas Komunikasi dan Informatika
    197701162002022001;;Ratih Kusumawati;;16-01-1977;Wanita;PNS Daerah Kab./Kota;Aktif;III/d;Kepala Seksi Pasar;Dinas Perdagangan
    198411272010031001;;Dedi Firmansyah;;27-11-1984;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Lurah Damai;Kelurahan Damai
    197208081998092001;;Maria Goreti Lamba;;08-08-1972;Wanita;PNS Daerah Kab./Kota;Aktif;IV/d;Pengawas Sekolah Ahli Utama;Dinas Pendidikan dan Kebudayaan
    196805011993121001;Drs.;Hasan Basri;M.Si.;01-05-1968;Pria;PNS Daerah Kab./Kota;Aktif;IV/b;Kepala Bidang Pajak Daerah;Badan Pendapatan Daerah
    199506132020032001;;Wulan Sari;;13-06-1995;Wanita;PNS Daerah Kab./Kota;Aktif;II/b;Pengolah Data Pajak;Badan Pendapatan Daerah
    197302181999031001;;Teguh Santoso;;18-02-1973;Pria;PNS Daerah Kab./Kota;Aktif;III/c;Penyuluh Koperasi;Dinas Koperasi dan UMKM
    196608281991032001;;Rini Astuti;;28-08-1966;Wanita;PNS Daerah Kab./Kota;Aktif;III/b;Pengadministrasi Umum;Sekretariat Daerah
    197109231997111001;;Gunawan Effendi;;23-09-1971;Pria;PNS Daerah Kab./Kota;Pemblokiran Data PNS;III/d;Kepala Seksi Permukiman;Dinas Perumahan dan Permukiman
    199104172022211004;;Aditya Nugraha;;17-04-1991;Pria;PPPK;Aktif;II/a;Pengelola Data;Kecamatan Balikpapan Barat
    198306152009031002;;Rudi Hartono;;15-06-1983;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Kepala Seksi Ketenteraman dan Ketertiban;Kecamatan Balikpapan Kota
    199002202015032003;;Mega Lestari;;20-02-1990;Wanita;PNS Daerah Kab./Kota;Aktif;III/b;Analis Pemerintahan;Kecamatan Balikpapan Tengah
    197811112003121002;;Bayu Pratama;;11-11-1978;Pria;PNS Daerah Kab./Kota;Aktif;III/d;Kepala Subbagian Umum;Kecamatan Balikpapan Tengah

    """

    /// Who runs, kept apart from the roster as an office keeps it: the SIASN download
    /// above knows nothing of candidacies. In May 2023 KPU has published no list yet
    /// (the DCS comes in August), so DAFTAR and NOMOR URUT are still empty.
    static let candidates = """
    NIP;NAMA;PENCALONAN;PEMILIHAN;PARTAI;DAPIL;DAFTAR;NOMOR URUT;TANGGAL LAPOR;SUMBER
    197003141996031001;Hendra Wijaya;bacaleg;pileg-2024;Partai Nusantara Maju;Balikpapan 2;;;12-05-2023;lapor sendiri
    197608222003122001;Yuliana Tandi;bacaleg;pileg-2024;Partai Karya Rakyat;Balikpapan 4;;;15-05-2023;Bawaslu
    198101052009011001;Irwan Saputra;bacaleg;pileg-2024;Partai Bintang Harapan;Balikpapan 5;;;15-05-2023;lapor sendiri
    197807192005011001;Andi Baso Ridwan;bacaleg;pileg-2024;Partai Persatuan Daerah;Balikpapan 1;;;16-05-2023;Bawaslu
    198505122010012001;Nurul Aini;mundur;;Partai Karya Rakyat;Balikpapan 5;;;10-05-2023;lapor sendiri
    196805011993121001;Hasan Basri;bakal paslon;pilkada-2024;Koalisi Balikpapan Bersatu;;;;22-05-2023;lapor sendiri

    """

    static let retirements = """
    nip,kind,filed_on,stage,effective_on,decree_no
    197003141996031001,Pensiun Dini,08/05/2023,Diverifikasi,01/07/2023,
    197608222003122001,pensiun dini,12 Mei 2023,diajukan,,
    196507091988031001,BUP,03/04/2023,Dikirim ke BKN,01/08/2023,
    197302181999031001,Pengunduran Diri,02/05/2023,SK Terbit,01/06/2023,800.1.6/0412/BKPSDM
    196309041987031001,bup,15/05/2023,diajukan,01/10/2023,

    """

    // After Bawaslu: KASN over SiapNet (from 31 Jan 2023), a letter before that, a public
    // complaint through SP4N-LAPOR!; reference, recommendation and decision numbers are invented.
    static let cases = """
    nomor;nip;tanggal laporan;sumber;kategori;ringkasan;status;batas waktu;diteruskan ke;tanggal diteruskan;saluran;nomor referensi;tanggal rekomendasi;nomor rekomendasi;sanksi;batas ppk;tanggal keputusan;nomor keputusan;diblokir
    NTR-2023-001;198101052009011001;15 Mei 2023;Bawaslu;Menghadiri kegiatan partai;"Patroli pengawasan: hadir dan berfoto dengan atribut partai pada acara deklarasi bakal calon, Sabtu 13 Mei 2023.";Klarifikasi;22/05/2023;;;;;;;;;;;
    NTR-2023-002;197807192005011001;19 Mei 2023;KIPP;Terdaftar sebagai bacaleg;"KIPP melaporkan ASN aktif yang terdaftar sebagai bakal calon dan hadir pada kegiatan politik; meminta kejelasan status kepegawaiannya.";Baru;;;;;;;;;;;;
    NTR-2023-003;;22 Mei 2023;Masyarakat;Media sosial;"Akun media sosial yang diduga milik pegawai kelurahan membagikan konten kampanye bakal calon; identitas pegawai belum diketahui.";Baru;;;;;;;;;;;;
    NTR-2023-004;197503032001111001;03 Apr 2023;Internal;Media sosial;"Memberi tanda suka dan komentar pada unggahan partai politik; sanksi moral pernyataan tertutup.";Sanksi;;;;;;;;;;;;
    NTR-2023-005;198411272010031001;06 Feb 2023;Bawaslu;Media sosial;"Mengunggah foto bersama pengurus partai dengan simbol partai; diteruskan Bawaslu ke KASN.";Klarifikasi;;KASN;13/02/2023;SiapNet;SIAPNET-6471-0213-07;;;;;;;
    NTR-2023-006;198609092011041001;20 Jan 2023;Masyarakat;Kegiatan partai;"Hadir berseragam pada pertemuan pengurus partai; KASN merekomendasikan hukuman disiplin sedang.";Rekomendasi;;KASN;01/02/2023;SiapNet;SIAPNET-6471-0201-02;05/05/2023;R-0456/KASN/5/2023;sedang;;;;
    NTR-2022-014;197701162002022001;14 Nov 2022;Bawaslu;Media sosial;"Membagikan konten bakal calon di grup percakapan pedagang pasar; sanksi moral pernyataan terbuka.";Sanksi;;KASN;21/11/2022;surat;B-118/Bawaslu-KT/11/2022;06/01/2023;R-0031/KASN/1/2023;moral;;20/02/2023;800.1.6/0123/BKPSDM;
    NTR-2022-017;197109231997111001;03 Okt 2022;KIPP;Kegiatan partai;"Menjadi pengurus ranting partai; rekomendasi KASN tidak ditindaklanjuti, data kepegawaian diblokir BKN.";Rekomendasi;;KASN;25/10/2022;surat;B-131/Bawaslu-KT/10/2022;05/12/2022;R-0982/KASN/12/2022;ringan;;;;ya
    NTR-2023-009;198302182008121001;10 Apr 2023;Masyarakat;Media sosial;"Aduan warga lewat SP4N-LAPOR!: komentar mendukung bakal calon di akun resmi dinas.";Klarifikasi;;KASN;28/04/2023;SP4N-LAPOR!;LAPOR-6471-2304-118;;;;;;;

    """

    static let schedule = """
    # Tahapan Pemilu 2024 (PKPU 3/2022; pencalonan DPRD: PKPU 10/2023) and Pilkada 2024
    # (PKPU 2/2024). KPU states national deadlines in WIB (+07:00); voting hours and the
    # Pilkada stages are local time (WITA, +08:00).

    # National holidays and collective leave 2023 (SKB 3 Menteri as amended), for
    # working-day counts; weekends are not working days anyway.
    holidays = [
      2023-01-23, 2023-03-22, 2023-03-23, 2023-04-07,
      2023-04-19, 2023-04-20, 2023-04-21, 2023-04-24, 2023-04-25,
      2023-05-01, 2023-05-18, 2023-06-01, 2023-06-02,
      2023-06-28, 2023-06-29, 2023-06-30,
      2023-07-19, 2023-08-17, 2023-09-28, 2023-12-25, 2023-12-26,
    ]

    # DPRD Kota Balikpapan: dismissal decrees (SK pemberhentian) must be with KPU by the
    # end of pencermatan rancangan DCT, 3 October 2023 23:59 WIB; the DCT is fixed on
    # 3 November 2023.
    [[election]]
    id = "pileg-2024"
    name = "Pemilu DPRD 2024"
    kind = "pileg"
    resignation_deadline = "pencermatan-dct"
    fixing_stage = "penetapan-dct"

    # Wali Kota Balikpapan (with the Gubernur Kalimantan Timur, same day): an ASN must
    # resign once fixed as pasangan calon, 22 September 2024.
    [[election]]
    id = "pilkada-2024"
    name = "Pilkada Kota Balikpapan 2024"
    kind = "pilkada"
    resignation_deadline = "pilkada-penetapan"
    fixing_stage = "pilkada-penetapan"

    [[stage]]
    id = "pengajuan"
    election = "pileg-2024"
    name = "Pengajuan bakal calon"
    start = 2023-05-01T08:00:00+07:00
    end = 2023-05-14T23:59:00+07:00

    [[stage]]
    id = "verifikasi"
    election = "pileg-2024"
    name = "Verifikasi administrasi dokumen persyaratan"
    start = 2023-05-15T00:00:00+07:00
    end = 2023-06-23T23:59:00+07:00

    [[stage]]
    id = "perbaikan"
    election = "pileg-2024"
    name = "Pengajuan perbaikan dokumen"
    start = 2023-06-26T00:00:00+07:00
    end = 2023-07-09T23:59:00+07:00

    [[stage]]
    id = "verifikasi-perbaikan"
    election = "pileg-2024"
    name = "Verifikasi administrasi perbaikan"
    start = 2023-07-10T00:00:00+07:00
    end = 2023-08-06T23:59:00+07:00

    [[stage]]
    id = "dcs"
    election = "pileg-2024"
    name = "Pengumuman Daftar Calon Sementara (DCS)"
    start = 2023-08-19T00:00:00+07:00
    end = 2023-08-23T23:59:00+07:00

    [[stage]]
    id = "tanggapan-dcs"
    election = "pileg-2024"
    name = "Masukan dan tanggapan masyarakat atas DCS"
    start = 2023-08-19T00:00:00+07:00
    end = 2023-08-28T23:59:00+07:00

    [[stage]]
    id = "pencermatan-dct"
    election = "pileg-2024"
    name = "Pencermatan rancangan DCT"
    start = 2023-09-24T00:00:00+07:00
    end = 2023-10-03T23:59:00+07:00

    [[stage]]
    id = "penetapan-dct"
    election = "pileg-2024"
    name = "Penyusunan dan penetapan DCT"
    start = 2023-10-04T00:00:00+07:00
    end = 2023-11-03T23:59:00+07:00

    [[stage]]
    id = "pengumuman-dct"
    election = "pileg-2024"
    name = "Pengumuman DCT"
    start = 2023-11-04T00:00:00+07:00
    end = 2023-11-04T23:59:00+07:00

    [[stage]]
    id = "kampanye"
    election = "pileg-2024"
    name = "Masa kampanye"
    start = 2023-11-28T00:00:00+07:00
    end = 2024-02-10T23:59:00+07:00

    [[stage]]
    id = "masa-tenang"
    election = "pileg-2024"
    name = "Masa tenang"
    start = 2024-02-11T00:00:00+07:00
    end = 2024-02-13T23:59:00+07:00

    [[stage]]
    id = "pemungutan"
    election = "pileg-2024"
    name = "Pemungutan suara Pemilu 2024"
    start = 2024-02-14T07:00:00+08:00
    end = 2024-02-14T13:00:00+08:00

    [[stage]]
    id = "rekapitulasi"
    election = "pileg-2024"
    name = "Rekapitulasi hasil penghitungan suara"
    start = 2024-02-15T00:00:00+07:00
    end = 2024-03-20T23:59:00+07:00

    [[stage]]
    id = "pilkada-pendaftaran"
    election = "pilkada-2024"
    name = "Pilkada: pendaftaran pasangan calon"
    start = 2024-08-27T00:00:00+08:00
    end = 2024-08-29T23:59:00+08:00

    [[stage]]
    id = "pilkada-penelitian"
    election = "pilkada-2024"
    name = "Pilkada: penelitian persyaratan calon"
    start = 2024-08-27T00:00:00+08:00
    end = 2024-09-21T23:59:00+08:00

    [[stage]]
    id = "pilkada-penetapan"
    election = "pilkada-2024"
    name = "Pilkada: penetapan pasangan calon"
    start = 2024-09-22T00:00:00+08:00
    end = 2024-09-22T23:59:00+08:00

    [[stage]]
    id = "pilkada-kampanye"
    election = "pilkada-2024"
    name = "Pilkada: masa kampanye"
    start = 2024-09-25T00:00:00+08:00
    end = 2024-11-23T23:59:00+08:00

    [[stage]]
    id = "pilkada-masa-tenang"
    election = "pilkada-2024"
    name = "Pilkada: masa tenang"
    start = 2024-11-24T00:00:00+08:00
    end = 2024-11-26T23:59:00+08:00

    [[stage]]
    id = "pilkada-pemungutan"
    election = "pilkada-2024"
    name = "Pilkada: pemungutan suara"
    start = 2024-11-27T07:00:00+08:00
    end = 2024-11-27T13:00:00+08:00

    [[stage]]
    id = "pilkada-rekapitulasi"
    election = "pilkada-2024"
    name = "Pilkada: penghitungan dan rekapitulasi"
    start = 2024-11-27T00:00:00+08:00
    end = 2024-12-16T23:59:00+08:00

    """

    static let settings = """
    # Netra settings for the demo folder.
    region = "Kota Balikpapan"
    timezone = "Asia/Makassar"   # WITA, UTC+8
    theme = "default"

    [alerts]
    warning_days = 30            # a pending matter becomes a warning this many days before its deadline
    critical_days = 7            # … and critical this many days before
    processing_working_days = 14 # working days a request may wait for its decree
    case_due_days = 7            # follow-up period of a case without due_on
    age_retirement_months = 12   # age retirements this close count as pending

    [cases]
    ppk_days = 14                # days after a recommendation by which the PPK must decide (when ppk_due is empty)
    forwarded_days = 30          # a forwarded case without a recommendation after this many days is a warning

    [kiosk]                      # netra dashboard --kiosk: the lobby screen
    rotate_seconds = 20          # each page stays this long
    views = ["countdown", "overview", "retirements", "schedule", "cases"]
    screens_per_page = 3         # a long list shows its first (most urgent) screenfuls only
    names = "initials"           # initials | hidden | full
    nip = "masked"               # masked (198505••••••••1001) | hidden | full
    case_details = false         # false: cases only as counts by status and source
    unlock_key = "F12"           # then the PIN; put the line `netra kiosk-pin` prints here:
    # pin_hash = "$y$…"
    relock_minutes = 5           # an unlocked screen locks itself again after this idle time

    """

    // The seed's chain: KPU Kota Balikpapan's circular to the Sekda, answered by the
    // Wali Kota's circular to every unit, which asks for a signed pakta integritas by
    // 19 May 2023. Letter numbers are invented.
    static let circulars = """
    kode;nomor;penerbit;tanggal;perihal;menindaklanjuti;batas waktu;berlaku untuk;wajib pakta
    SE-KPU-2023;1023/PP.04-SD/6471/2023;KPU Kota Balikpapan;02/05/2023;Netralitas ASN pada tahapan pencalonan Pemilu 2024;;;Sekretariat Daerah;tidak
    SE-WALIKOTA-2023;100.3.4/0287/Pem;Wali Kota;09/05/2023;Netralitas ASN dan penandatanganan pakta integritas;SE-KPU-2023;19/05/2023;;ya

    """

    // Units written the way offices write them (Setda, Dinkes, Kec., Satpol PP, BKPSDM):
    // matched to officers.csv's units. Units without a row have not answered yet.
    static let acknowledgements = """
    edaran;unit kerja;diterima;diteruskan;pakta;jumlah tanda tangan;apel;catatan
    SE-KPU-2023;Setda;03/05/2023;09/05/2023;;;;Dijawab dengan SE Wali Kota
    SE-WALIKOTA-2023;Setda;09/05/2023;10/05/2023;12/05/2023;3;;
    SE-WALIKOTA-2023;Inspektorat;09/05/2023;10/05/2023;11/05/2023;;;
    SE-WALIKOTA-2023;BKPSDM;09/05/2023;09/05/2023;11/05/2023;2;15/05/2023;Apel bersama
    SE-WALIKOTA-2023;Dinkes;10/05/2023;12/05/2023;16/05/2023;;;
    SE-WALIKOTA-2023;Kec. Balikpapan Kota;10/05/2023;11/05/2023;15/05/2023;;15/05/2023;
    SE-WALIKOTA-2023;Kecamatan Balikpapan Selatan;10/05/2023;11/05/2023;17/05/2023;;17/05/2023;Ikrar saat apel pagi
    SE-WALIKOTA-2023;Satpol PP;10/05/2023;12/05/2023;12/05/2023;;;
    SE-WALIKOTA-2023;Dinas Komunikasi dan Informatika;10/05/2023;11/05/2023;18/05/2023;;;
    SE-WALIKOTA-2023;Setwan;11/05/2023;12/05/2023;19/05/2023;;;
    SE-WALIKOTA-2023;Badan Pendapatan Daerah;11/05/2023;15/05/2023;19/05/2023;;;
    SE-WALIKOTA-2023;Dinas Sosial;11/05/2023;12/05/2023;16/05/2023;;;
    SE-WALIKOTA-2023;Kelurahan Damai;12/05/2023;15/05/2023;;1;;Ikrar ditandatangani lurah
    SE-WALIKOTA-2023;RSUD Beriman;12/05/2023;16/05/2023;;1;;
    SE-WALIKOTA-2023;Dinas Pendidikan & Kebudayaan;10/05/2023;15/05/2023;;2;;Satu guru sedang cuti
    SE-WALIKOTA-2023;Kec. Balikpapan Utara;11/05/2023;16/05/2023;;;;
    SE-WALIKOTA-2023;Bappeda Litbang;12/05/2023;17/05/2023;;;;
    SE-WALIKOTA-2023;Dinas Pekerjaan Umum;12/05/2023;;;;;
    SE-WALIKOTA-2023;Kecamatan Balikpapan Timur;15/05/2023;;;;;
    SE-WALIKOTA-2023;Dinas Lingkungan Hidup;10/05/2023;11/05/2023;12/05/2023;;;

    """
}

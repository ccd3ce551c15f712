import Foundation
import NetraCore
import Testing
@testable import NetraTUI

/// Every list view at 80, 100, 120 and 160 columns, over the demo and a generated
/// 2,000-officer folder: from 100 columns names up to 30 characters, case IDs and
/// dapil show whole, and no column shows that is empty for every visible row.
@Suite struct ListColumnsTests {
    /// 2,000 officers with names up to 30 characters, long units, 5 % candidates.
    static func generated() -> DashboardModel {
        let first = ["Andi Baso", "Agnes", "Muhammad Rizky", "Siti Nurhaliza", "Yohanes", "Ni Luh Putu"]
        let last = ["Ridwan Pratama", "Bilung", "Saputra", "Wulandari Kusuma", "Tandi Lolo", "Ayu Lestari"]
        let units = ["Kecamatan Balikpapan Utara", "Kecamatan Balikpapan Selatan", "Kecamatan Balikpapan Timur",
                     "Badan Kepegawaian dan Pengembangan SDM", "Dinas Pendidikan dan Kebudayaan", "Kelurahan Gunung Samarinda Baru"]
        var officers = "NIP;NAMA;UNIT KERJA;JABATAN;GOL/RUANG;PENCALONAN;PARTAI;DAPIL;BUP;JENIS PEGAWAI\n"
        var cases = "id;nip;reported_on;source;category;summary;status\n"
        for i in 0..<2000 {
            let nip = String(format: "1975%02d%02d2000%02d1%03d", 1 + i % 12, 1 + i % 28, 1 + i % 12, 1 + i / 12 % 999)
            var name = "\(first[i % 6]) \(last[(i / 6) % 6])"
            if i % 7 == 0 { name = String((name + " Abdurrahman Wahid").prefix(30)) }
            let candidate = i % 20 == 0
            officers += "\(nip);\(name);\(units[i % 6]);Kepala Seksi Pemerintahan dan Ketenteraman;III/d;\(candidate ? "bacaleg" : "-");"
            officers += candidate ? "Partai Persatuan Daerah;Balikpapan Selatan \(1 + i % 12);;PNS\n" : ";;;PNS\n"
            if i % 40 == 0 { cases += "KIPP-BPN-2023-\(String(format: "%04d", i));\(nip);20/05/2023;KIPP;Kampanye;Hadir;baru\n" }
        }
        return demoModel(replacing: [.officers: officers, .cases: cases])
    }

    @Test(arguments: [false, true])
    func identifyingColumnsShowWholeFromOneHundredColumns(_ large: Bool) throws {
        let model = large ? Self.generated() : demoModel()
        for view in [ViewID.officers, .retirements, .schedule, .cases] {
            for filter in 0..<view.room.filterLabels(ViewInput(model: model, state: UIState(view: view), style: FrameStyle(language: .id), now: model.situation.now)).count {
                for width in [80, 100, 120, 160] {
                    var state = UIState(view: view)
                    state.filter[view] = filter
                    let renderer = FrameRenderer(language: .id)
                    let layout = renderer.layout(model, state: state, size: Size(width: width, height: 40))
                    let grid = renderer.render(layout)
                    let table = try #require(layout.table)
                    let plan = try #require(layout.list.plan)
                    // No column shown that is empty for every visible row.
                    for (field, _) in plan.spans {
                        #expect(layout.list.visible.contains { !table.text($0, field).isEmpty }, "\(view) \(width): \(table.fields[field].key) is empty")
                    }
                    guard width >= 100 else { continue }
                    for row in layout.list.visible {
                        let line = grid.lines[layout.list.placement.firstLine + row - layout.list.top]
                        for key in ["name", "id", "district"] {
                            guard let f = table.field(key) else { continue }
                            // A name is whole without its titles: they give way first (issue 23).
                            let value = key == "name" ? PersonName(table.text(row, f)).bare : table.text(row, f)
                            guard !value.isEmpty, DisplayWidth.of(value) <= 30 else { continue }
                            #expect(line.contains(value), "\(view) \(width) filter \(filter): \(key) '\(value)' cut in \(line)")
                        }
                    }
                }
            }
        }
    }
}

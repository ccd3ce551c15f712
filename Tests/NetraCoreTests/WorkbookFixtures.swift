import Foundation
import ZIPFoundation
@testable import NetraCore

/// Builds small workbooks in memory from XML text, the way Excel and LibreOffice lay
/// them out, so tests can say exactly which cell has which type.
enum WorkbookFixture {
    /// A zip archive of `(path, text)` entries, deflated.
    static func zip(_ entries: [(String, String)], compressed: Bool = true) throws -> [UInt8] {
        try zipBytes(entries.map { ($0.0, Array($0.1.utf8)) }, compressed: compressed)
    }

    static func zipBytes(_ entries: [(String, [UInt8])], compressed: Bool = true) throws -> [UInt8] {
        let archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
        for (path, bytes) in entries {
            let data = Data(bytes)
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                 compressionMethod: compressed ? .deflate : .none) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return [UInt8](archive.data!)
    }

    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

    /// An `.xlsx`: `sheets` are (name, `<sheetData>` content); shared strings and a
    /// style table with xf 1 = built-in date (14), xf 2 = custom `dd mmmm yyyy`,
    /// xf 3 = text (`@`), xf 4 = time (`h:mm`).
    /// `states` gives each sheet's `state` attribute (`hidden`, `veryHidden`; nil: none)
    /// and `activeTab` the `<workbookView activeTab>` (nil: no view).
    static func xlsx(sheets: [(String, String)], shared: [String] = [], date1904: Bool = false,
                     sharedXML: String? = nil, sheetXML: String? = nil,
                     states: [String?] = [], activeTab: Int? = nil, compressed: Bool = true) throws -> [UInt8] {
        var entries: [(String, String)] = [
            ("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"),
            ("_rels/.rels", """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="\(rel)/officeDocument" Target="xl/workbook.xml"/></Relationships>
            """),
        ]
        let sheetList = sheets.enumerated().map { i, s in
            let state = (i < states.count ? states[i] : nil).map { " state=\"\($0)\"" } ?? ""
            return "<sheet name=\"\(s.0)\" sheetId=\"\(i + 1)\"\(state) r:id=\"rId\(i + 10)\"/>"
        }.joined()
        let views = activeTab.map { "<bookViews><workbookView xWindow=\"0\" yWindow=\"0\" activeTab=\"\($0)\"/></bookViews>" } ?? ""
        entries.append(("xl/workbook.xml", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <workbook xmlns="\(main)" xmlns:r="\(rel)"><workbookPr\(date1904 ? " date1904=\"1\"" : "")/>\(views)<sheets>\(sheetList)</sheets></workbook>
        """))
        let sheetRels = sheets.indices.map { "<Relationship Id=\"rId\($0 + 10)\" Type=\"\(rel)/worksheet\" Target=\"worksheets/sheet\($0 + 1).xml\"/>" }.joined()
        entries.append(("xl/_rels/workbook.xml.rels", """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(sheetRels)<Relationship Id="rId2" Type="\(rel)/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="\(rel)/styles" Target="/xl/styles.xml"/></Relationships>
        """))
        let si = shared.map { "<si><t xml:space=\"preserve\">\(escaped($0))</t></si>" }.joined()
        entries.append(("xl/sharedStrings.xml", sharedXML ?? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"\(main)\" count=\"\(shared.count)\">\(si)</sst>"))
        entries.append(("xl/styles.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <styleSheet xmlns="\(main)"><numFmts count="1"><numFmt numFmtId="164" formatCode="[$-421]dd\\ mmmm\\ yyyy;@"/><numFmt numFmtId="165" formatCode="&quot;Rp&quot;#,##0"/></numFmts>
        <cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>
        <cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="49"/><xf numFmtId="20"/><xf numFmtId="165"/></cellXfs></styleSheet>
        """))
        for (i, sheet) in sheets.enumerated() {
            entries.append(("xl/worksheets/sheet\(i + 1).xml", sheetXML ?? """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <worksheet xmlns="\(main)" xmlns:r="\(rel)"><dimension ref="A1:XFD1048576"/><sheetData>\(sheet.1)</sheetData></worksheet>
            """))
        }
        return try zip(entries, compressed: compressed)
    }

    /// An `.ods` whose `content.xml` holds `tables` (name, rows XML). Tables named in
    /// `hidden` get the automatic style LibreOffice writes for a hidden sheet
    /// (`table:display="false"`); `active` is settings.xml's `ActiveTable`.
    static func ods(tables: [(String, String)], manifest: String? = nil, compressed: Bool = true,
                    hidden: Set<String> = [], active: String? = nil) throws -> [UInt8] {
        let body = tables.map { t in
            "<table:table table:name=\"\(t.0)\" table:style-name=\"\(hidden.contains(t.0) ? "ta2" : "ta1")\"><table:table-column table:number-columns-repeated=\"1024\"/>\(t.1)</table:table>"
        }.joined()
        let styles = """
        <office:automatic-styles><style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>\
        <style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>\
        <style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffff00"/></style:style></office:automatic-styles>
        """
        var settings: [(String, String)] = []
        if let active {
            settings = [("settings.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.3"><office:settings>\
            <config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>\
            <config:config-item config:name="ViewId" config:type="string">view1</config:config-item><config:config-item config:name="ActiveTable" config:type="string">\(escaped(active))</config:config-item>\
            </config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings></office:document-settings>
            """)]
        }
        return try zip([
            ("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            ("META-INF/manifest.xml", manifest ?? "<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\"/>"),
            ("content.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3">\(styles)<office:body><office:spreadsheet>\(body)</office:spreadsheet></office:body></office:document-content>
            """),
        ] + settings, compressed: compressed)
    }

    /// An ODS text cell.
    static func odsText(_ text: String, repeated: Int? = nil) -> String {
        let r = repeated.map { " table:number-columns-repeated=\"\($0)\"" } ?? ""
        return "<table:table-cell office:value-type=\"string\" calcext:value-type=\"string\"\(r)><text:p>\(escaped(text))</text:p></table:table-cell>"
    }

    /// An inline-string XLSX cell.
    static func inline(_ ref: String, _ text: String) -> String {
        "<c r=\"\(ref)\" t=\"inlineStr\"><is><t>\(escaped(text))</t></is></c>"
    }

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}

/// A folder held in memory whose tables may be workbooks, each with a modification time.
struct StoredFiles: FileSource {
    var files: [String: (bytes: [UInt8], modified: Date?)] = [:]

    func contents(of file: DataFile) throws -> [UInt8]? { files[file.fileName]?.bytes }
    func storedForms(of file: DataFile) -> [StoredForm] {
        TableForm.allCases.compactMap { form in files[file.fileName(as: form)].map { StoredForm(form, modified: $0.modified) } }
    }
    func contents(of file: DataFile, as form: TableForm) throws -> [UInt8]? { files[file.fileName(as: form)]?.bytes }
}

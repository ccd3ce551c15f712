/// One problem found in the data folder, located by file and physical line.
public struct Diagnostic: Error, Sendable, Equatable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning, error
        public static func < (a: Severity, b: Severity) -> Bool { a == .warning && b == .error }
    }

    public var file: DataFile
    /// 1-based physical line (the header is line 1); `nil` for the file as a whole.
    public var line: Int?
    public var severity: Severity
    /// Already sanitised: safe to print.
    public var message: String
    /// The file's name in the folder when it is not `file.fileName`: a table read from
    /// a workbook (`officers.xlsx`).
    public var storedName: String?

    /// The name of the file the problem is in, as the folder has it.
    public var fileName: String { storedName ?? file.fileName }

    public init(_ severity: Severity, _ file: DataFile, line: Int?, _ message: String) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = UntrustedText.sanitized(message)
    }

    /// `officers.csv:7: error: …` — the form compilers use, so editors can jump to it.
    /// `folder` prefixes the file name with the data folder as the user typed it.
    public func formatted(folder: String? = nil) -> String {
        let path = folder.map { ($0.hasSuffix("/") ? $0 : $0 + "/") + fileName } ?? fileName
        let location = line.map { "\(path):\($0)" } ?? path
        return "\(location): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    public var errorCount: Int { lazy.filter { $0.severity == .error }.count }
    public var warningCount: Int { lazy.filter { $0.severity == .warning }.count }
}

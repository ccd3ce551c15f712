import ArgumentParser
import Foundation
import NetraCore

/// Options every command that reads a data folder shares.
struct DataOptions: ParsableArguments {
    @Option(name: .customLong("data"), help: ArgumentHelp("The data folder (default: $NETRA_DATA, else the current folder).", valueName: "DIR"),
            completion: .directory)
    var dataOption: String?

    /// `--data`, else `NETRA_DATA`, else the current folder.
    var data: String {
        if let dataOption { return dataOption }
        if let fromEnvironment = ProcessInfo.processInfo.environment["NETRA_DATA"], !fromEnvironment.isEmpty { return fromEnvironment }
        return "."
    }

    @Option(name: .customLong("as-of"),
            help: ArgumentHelp("Freeze \"now\" at TIME (ISO 8601 with offset, e.g. 2023-05-23T10:00:00+08:00).", valueName: "TIME"))
    var asOf: String?

    /// The folder as a URL.
    var folder: URL { URL(fileURLWithPath: data) }

    /// The frozen instant, or `nil` for the real clock; a refusal in `language`.
    func frozenInstant(_ language: Language? = nil) throws -> Date? {
        try Self.instant(asOf, language: CLILanguage.resolve(language, folder: folder))
    }

    /// Reads an `--as-of` value; `nil` stays `nil`. The time zone for a value without
    /// an offset is the default settings' one: the folder has not been read yet.
    static func instant(_ asOf: String?, language: Language = .id) throws -> Date? {
        guard let asOf else { return nil }
        switch InstantText.read(asOf, defaultZone: Settings().timeZone) {
        case .success(let date): return date
        case .failure(let refusal): throw ValidationError(CLIMessages.refusedTime(asOf, refusal).text(language))
        }
    }
}

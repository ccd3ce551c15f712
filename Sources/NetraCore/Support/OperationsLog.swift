import Foundation
import Logging

/// Something an operator may want to find in the journal after weeks unattended.
/// Never carries a row's text (a row may hold a NIP or a name): files and lines only.
public enum OperationEvent: Equatable, Sendable {
    case started(folder: String, kiosk: Bool)
    case reloaded(files: [DataFile], milliseconds: Int)
    case fileBroken(file: DataFile, line: Int?)
    case fileRecovered(file: DataFile)
    case folderMissing
    case folderBack
    case kioskWrongPIN(failures: Int)
    case kioskBlocked(seconds: Int)
    case kioskUnlocked
    case kioskRelocked
    case stopped
    /// The journal of changes or `[notify]` could not do its work (in English: the log is read by admins).
    case journalProblem(String)

    /// One line for the journal: an event name, then `key=value` pairs.
    public var line: String {
        switch self {
        case .started(let folder, let kiosk): "start folder=\(UntrustedText.quoted(folder, limit: 200)) kiosk=\(kiosk)"
        case .reloaded(let files, let ms): "reload files=\(files.map(\.fileName).joined(separator: ",")) ms=\(ms)"
        case .fileBroken(let file, let line): "file-broken file=\(file.fileName)" + (line.map { " line=\($0)" } ?? "")
        case .fileRecovered(let file): "file-recovered file=\(file.fileName)"
        case .folderMissing: "folder-missing"
        case .folderBack: "folder-back"
        case .kioskWrongPIN(let failures): "kiosk-wrong-pin failures=\(failures)"
        case .kioskBlocked(let seconds): "kiosk-blocked seconds=\(seconds)"
        case .kioskUnlocked: "kiosk-unlocked"
        case .kioskRelocked: "kiosk-relocked"
        case .stopped: "stop"
        case .journalProblem(let text): "journal-problem message=\(UntrustedText.quoted(text, limit: 300))"
        }
    }

    var level: Logger.Level {
        switch self {
        case .fileBroken, .folderMissing, .kioskWrongPIN, .kioskBlocked, .journalProblem: .warning
        default: .info
        }
    }
}

/// Writes operational events to standard error, one line each, but only when standard
/// error is not a terminal: under systemd it goes to the journal; on a terminal it
/// would scribble over the dashboard.
public struct OperationsLog: Sendable {
    private let logger: Logger?

    /// The process's log: active when stderr is not a terminal (`isatty(2) == 0`).
    public static func forThisProcess() -> OperationsLog {
        OperationsLog(enabled: isatty(STDERR_FILENO) == 0)
    }

    public init(enabled: Bool, handler: (@Sendable (String) -> any LogHandler)? = nil) {
        guard enabled else { logger = nil; return }
        let factory = handler ?? { StreamLogHandler.standardError(label: $0) }
        logger = Logger(label: "netra", factory: factory)
    }

    public func record(_ event: OperationEvent) {
        logger?.log(level: event.level, "\(event.line)")
    }
}

import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Delivers the new critical alerts the journal queued (`notify-pending`) to `[notify]`:
/// the command with the event as JSON on standard input, and/or a mail through
/// `sendmail`. Each alert is queued once, when the journal first sees it critical, so
/// it is called about once — not again on the next reload, and never for what was
/// already there when the journal began (the first reading records no events).
///
/// At most `daily_limit` calls a day (the office's day): a reading with more new
/// alerts than calls left sends them all in one digest; with none left they are
/// dropped with a warning (they stay in the journal, `netra changes` lists them).
public enum Notifier {
    /// One call's content: an event, or a digest of several.
    public struct Payload: Encodable, Sendable {
        public var kind: String
        public var folder: String
        public var region: String
        public var count: Int
        public var events: [Item]
        public var message: String

        public struct Item: Encodable, Sendable {
            public var event: JournalEvent
            public var message: String
            public func encode(to encoder: Encoder) throws {
                try event.encode(to: encoder)
                var c = encoder.container(keyedBy: Keys.self)
                try c.encode(message, forKey: .message)
            }
            enum Keys: String, CodingKey { case message }
        }

        public func json() -> Data {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            return ((try? encoder.encode(self)) ?? Data("{}".utf8)) + Data("\n".utf8)
        }
    }

    /// How the queued alerts are grouped into calls, given the calls left today.
    public static func plan(_ events: [JournalEvent], callsLeft: Int) -> (calls: [[JournalEvent]], dropped: Int) {
        guard !events.isEmpty else { return ([], 0) }
        if events.count <= callsLeft { return (events.map { [$0] }, 0) }
        if callsLeft >= 1 { return ([events], 0) }
        return ([], events.count)
    }

    /// Sends what is queued for `folder`; returns warnings for standard error.
    @discardableResult
    public static func deliver(folder: URL, settings: Settings, language: Language, now: Date,
                               environment: [String: String] = ProcessInfo.processInfo.environment,
                               store: JournalStore? = nil, runner: NotifyRunner = ChildProcess()) -> [Message] {
        let notify = settings.notify
        guard notify.isConfigured, let store = store ?? JournalStore(folder: folder, environment: environment) else { return [] }
        if let refusal = trustProblem(folder.appendingPathComponent(DataFile.settings.fileName)) { return [refusal] }
        var warnings: [Message] = []
        var calls: [[JournalEvent]] = []
        do {
            try store.prepare()
            try store.locked {
                let queued = readQueued(store)
                guard !queued.isEmpty else { return }
                try? FileManager.default.removeItem(at: store.pendingFile)
                let today = CivilDate(now, in: settings.timeZone).description
                let used = usedToday(store, day: today)
                let planned = plan(queued, callsLeft: notify.dailyLimit - used)
                calls = planned.calls
                if planned.dropped > 0 { warnings.append(Messages.notifyLimitReached(notify.dailyLimit, skipped: planned.dropped)) }
                try Data("\(today)\t\(used + calls.count)\n".utf8).write(to: store.notifyCountFile, options: .atomic)
            }
        } catch {
            return [Messages.journalNotWritten(path: store.directory.path, reason: "\(error)")]
        }
        for events in calls {
            let payload = payload(events, folder: folder, settings: settings, language: language)
            if !notify.command.isEmpty {
                warnings += outcomeWarning(runner.run(notify.command, input: payload.json(), timeout: TimeInterval(notify.timeoutSeconds)),
                                           program: notify.command[0], timeout: notify.timeoutSeconds)
            }
            if !notify.mail.isEmpty {
                guard let sendmail = sendmailPath(environment: environment) else {
                    warnings.append(Messages.notifyNoSendmail)
                    continue
                }
                let mail = mailText(payload, to: notify.mail, region: settings.region, language: language)
                warnings += outcomeWarning(runner.run([sendmail, "-i", "--"] + notify.mail, input: mail, timeout: TimeInterval(notify.timeoutSeconds)),
                                           program: sendmail, timeout: notify.timeoutSeconds)
            }
        }
        return warnings
    }

    static func payload(_ events: [JournalEvent], folder: URL, settings: Settings, language: Language) -> Payload {
        let items = events.map { Payload.Item(event: $0, message: Messages.journalEvent($0).text(language)) }
        let message = events.count == 1 ? items[0].message
            : Messages.notifySubject(region: settings.region, count: events.count).text(language)
        return Payload(kind: events.count == 1 ? "alert" : "digest", folder: folder.standardizedFileURL.path, region: settings.region,
                       count: events.count, events: items, message: message)
    }

    /// A plain-text mail: the subject (RFC 2047 encoded: Indonesian needs no more than
    /// ASCII, but a region's name may), then one line per alert.
    static func mailText(_ payload: Payload, to: [String], region: String, language: Language) -> Data {
        let subject = Messages.notifySubject(region: region, count: payload.count).text(language)
        let encoded = "=?UTF-8?B?" + Data(subject.utf8).base64EncodedString() + "?="
        var text = "To: \(to.joined(separator: ", "))\nSubject: \(encoded)\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
        for item in payload.events { text += UntrustedText.sanitized(item.message) + "\n" }
        return Data(text.utf8)
    }

    /// The sendmail to run: the first `sendmail` in `PATH`'s absolute folders, else
    /// `/usr/sbin/sendmail`, else `/usr/lib/sendmail` (Debian's postfix, exim, msmtp-mta
    /// and nullmailer all install one; cron's `PATH` has neither folder). `PATH` first so
    /// a site can put its own wrapper ahead, and tests a stand-in; a relative entry
    /// (`.`, empty) is skipped: the working folder may be the data folder.
    static func sendmailPath(environment: [String: String]) -> String? {
        let onPath = (environment["PATH"] ?? "").split(separator: ":").filter { $0.hasPrefix("/") }.map { "\($0)/sendmail" }
        return (onPath + ["/usr/sbin/sendmail", "/usr/lib/sendmail"]).first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    private static func outcomeWarning(_ outcome: NotifyOutcome, program: String, timeout: Int) -> [Message] {
        switch outcome {
        case .ok: []
        case .timedOut: [Messages.notifyTimedOut(program, seconds: timeout)]
        case .failed(let reason): [Messages.notifyFailed(program, reason: reason)]
        }
    }

    private static func readQueued(_ store: JournalStore) -> [JournalEvent] {
        guard let data = try? Data(contentsOf: store.pendingFile) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap(JournalEvent.parse)
    }

    private static func usedToday(_ store: JournalStore, day: String) -> Int {
        guard let data = try? Data(contentsOf: store.notifyCountFile) else { return 0 }
        let parts = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\t")
        guard parts.count == 2, parts[0] == day, let n = Int(parts[1]) else { return 0 }
        return n
    }

    /// `netra.toml` names a program that runs as the user running Netra; whoever can
    /// write the data folder must not be able to choose it. Like ssh's StrictModes: the
    /// file must belong to this user or root and be writable by its owner only.
    static func trustProblem(_ file: URL) -> Message? {
        var info = stat()
        guard stat(file.path, &info) == 0 else { return nil }  // no netra.toml: no [notify] either
        let mode = info.st_mode & 0o7777
        if info.st_uid != geteuid() && info.st_uid != 0 {
            let owner = getpwuid(info.st_uid).map { String(cString: $0.pointee.pw_name) } ?? String(info.st_uid)
            return Messages.notifyUntrustedOwner(file.path, owner: owner)
        }
        if mode & 0o022 == 0 { return nil }
        return Messages.notifyUntrusted(file.path, mode: String(mode, radix: 8))
    }
}

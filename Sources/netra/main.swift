import ArgumentParser
import Foundation
import NetraCore
import NetraTUI

// First of all: every signal that ends netra puts the terminal back, without blocking.
TerminalSignals.install(kiosk: CommandLine.arguments.dropFirst().contains("--kiosk"))
// A reader that closes early (`netra check | head -1`) must not end netra silently by
// SIGPIPE (status 141): ignored, the write fails with EPIPE, which `Output` turns into
// one line on stderr and status 1, as for any output that cannot be written.
signal(SIGPIPE, SIG_IGN)
// Exit statuses are part of the contract: 0 clean, 1 data errors (or output that
// could not be written), 2 usage problems. ArgumentParser would use 64 for usage
// errors and print with `print`, so its errors are mapped and written here.
// Before any thread starts: one heap arena keeps a dashboard that reloads for weeks flat.
HeapTrim.useSingleArena()
do {
    var command = try Netra.parseAsRoot()
    try command.run()
} catch let failure as UsageFailure {
    Output.error(failure.description)
    exit(2)
} catch let failure as OutputFailure {
    Output.error(failure.message.text(CLILanguage.forFailures()))
    exit(1)
} catch {
    let code = Netra.exitCode(for: error)
    // ArgumentParser echoes what was typed ("The value '…' is invalid"): sanitised
    // line by line, so its own line breaks stay.
    let message = Netra.fullMessage(for: error).split(separator: "\n", omittingEmptySubsequences: false)
        .map { UntrustedText.sanitized(String($0)) }.joined(separator: "\n")
    if code == .success {
        // --help and friends: their text is the output.
        if !message.isEmpty {
            do { try Output.write(message + "\n") } catch {
                Output.error(error.message.text(CLILanguage.forFailures()))
                exit(1)
            }
        }
        exit(0)
    }
    // A refusal: one line in the user's language naming the option (issue 24, row 11),
    // not ArgumentParser's four English lines.
    let arguments = Array(CommandLine.arguments.dropFirst())
    let line = ArgumentErrorLine.line(Netra.message(for: error), arguments: arguments, language: CLILanguage.forFailures(arguments))
    if !line.isEmpty { Output.error(line) }
    exit(code == .validationFailure ? 2 : code.rawValue)
}

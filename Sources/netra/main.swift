import ArgumentParser
import Foundation
import NetraCore
import NetraTUI

// First of all: every signal that ends netra puts the terminal back, without blocking.
TerminalSignals.install(kiosk: CommandLine.arguments.dropFirst().contains("--kiosk"))
// Exit statuses are part of the contract: 0 clean, 1 data errors, 2 usage problems.
// ArgumentParser would use 64 for usage errors, so errors are mapped here.
// Before any thread starts: one heap arena keeps a dashboard that reloads for weeks flat.
HeapTrim.useSingleArena()
do {
    var command = try Netra.parseAsRoot()
    try command.run()
} catch let failure as UsageFailure {
    Output.error(failure.description)
    exit(2)
} catch {
    let code = Netra.exitCode(for: error)
    if code == .validationFailure {
        FileHandle.standardError.write(Data((Netra.fullMessage(for: error) + "\n").utf8))
        exit(2)
    }
    Netra.exit(withError: error)
}

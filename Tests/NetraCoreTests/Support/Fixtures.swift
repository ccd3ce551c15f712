import Foundation
@testable import NetraCore

// Helpers shared by several suites of this target.

/// Builds instants from readable local times.
func at(_ iso: String) -> Date {
    InstantText.parse(iso, defaultZone: TimeZone(identifier: "UTC")!)!
}

/// A NIP from its 18 digits; a test that names one knows it is valid.
func nip(_ text: String) -> NIP { try! NIP.parse(text).get() }

/// The UTF-8 bytes of `text`, as a reader receives a file.
func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

/// `file:line: severity: message` lines, the form `netra check` prints.
func lines(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map { $0.formatted() } }

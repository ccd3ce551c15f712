import CCrypt
import Foundation

/// Salted, deliberately slow hashes of the kiosk PIN, through the system's libcrypt
/// (libxcrypt): yescrypt, the method Debian uses for login passwords. `netra.toml`
/// holds only the hash, so a file that many people edit never holds the PIN.
///
/// Hand-rolling a key-derivation function is exactly what one should not do, and
/// libcrypt is on every Linux machine with a C library's headers.
public enum PINHash {
    /// The hash method: `$y$` is yescrypt.
    static let method = "$y$"

    /// Why a PIN was refused by `make`.
    public struct Refusal: Error, CustomStringConvertible {
        /// Why, in both languages.
        public let message: Message
        public var description: String { message.english }
    }

    /// Digits only, so a numeric keypad can type it; long enough to resist guessing
    /// at the rate-limited screen.
    public static let lengths = 4...12

    /// Checks a PIN's form: 4 to 12 digits.
    public static func validate(_ pin: String) throws(Refusal) {
        guard pin.allSatisfy({ $0.isASCII && $0.isNumber }) else { throw Refusal(message: Messages.pinDigitsOnly) }
        guard lengths.contains(pin.count) else {
            throw Refusal(message: Messages.pinLength(lengths, actual: pin.count))
        }
    }

    /// A new hash of `pin` with a fresh random salt.
    public static func make(_ pin: String) throws(Refusal) -> String {
        try validate(pin)
        var setting = [CChar](repeating: 0, count: Int(CRYPT_GENSALT_OUTPUT_SIZE))
        // nil random bytes: libcrypt draws the salt from the kernel's random source.
        guard crypt_gensalt_rn(method, 0, nil, 0, &setting, Int32(setting.count)) != nil else {
            throw Refusal(message: Messages.pinNoSalt)
        }
        let salt = String(decoding: setting.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        guard let hash = hash(pin, setting: salt), hash.hasPrefix(method) else {
            throw Refusal(message: Messages.pinNoHash)
        }
        return hash
    }

    /// Why a stored hash cannot be used to unlock.
    public enum Problem: Equatable, Sendable {
        /// Not a yescrypt hash (`$y$…`) libcrypt made: another method, or damaged.
        case notYescrypt
        /// Yescrypt, but checking one PIN would take too long (memory in bytes).
        case tooCostly(memoryBytes: UInt64)
    }

    /// What is wrong with `stored` as a `pin_hash`, or nil if a PIN can be checked
    /// against it in bounded time. Only yescrypt with at most
    /// `YescryptSetting.maximumWork` is accepted: any other method (`$5$rounds=999999999$`
    /// is 11 minutes per attempt) or cost would let whoever writes the folder freeze
    /// the kiosk.
    public static func problem(with stored: String) -> Problem? {
        guard looksValid(stored), let setting = YescryptSetting(hash: stored) else { return .notYescrypt }
        guard setting.work <= YescryptSetting.maximumWork else { return .tooCostly(memoryBytes: setting.memoryBytes) }
        return nil
    }

    /// Whether `pin` matches `stored`. Compares every byte, so timing tells nothing.
    /// A hash with a `problem` never matches.
    @Sendable public static func verify(_ pin: String, against stored: String) -> Bool {
        guard problem(with: stored) == nil, let computed = hash(pin, setting: stored) else { return false }
        let a = Array(computed.utf8), b = Array(stored.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }

    /// Whether a string has the shape of a hash libcrypt made (`$id$…`), without a
    /// character that could break the TOML line or the terminal.
    public static func looksValid(_ stored: String) -> Bool {
        stored.hasPrefix("$") && stored.count >= 20 && stored.count < Int(CRYPT_OUTPUT_SIZE)
            && stored.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && $0 != "\"" && $0 != "\\" }
    }

    private static func hash(_ pin: String, setting: String) -> String? {
        let data = UnsafeMutablePointer<crypt_data>.allocate(capacity: 1)
        defer {
            // The PIN passes through this buffer: wipe it.
            memset(data, 0, MemoryLayout<crypt_data>.size)
            data.deallocate()
        }
        memset(data, 0, MemoryLayout<crypt_data>.size)
        guard let out = crypt_rn(pin, setting, data, Int32(MemoryLayout<crypt_data>.size)) else { return nil }
        let result = String(cString: out)
        // libcrypt signals failure with a string starting with "*".
        return result.hasPrefix("*") ? nil : result
    }
}

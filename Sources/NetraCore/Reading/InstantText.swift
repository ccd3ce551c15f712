import Foundation

/// Reads the `--as-of` form: ISO 8601 with an offset (`2023-05-23T10:00:00+08:00`,
/// `2023-05-23T10:00+08:00`, `…Z`, fractions of a second allowed). A bare date is
/// accepted too and means its midnight in `zone`.
///
/// Read by hand rather than by `ISO8601DateFormatter`, which rolls an impossible date
/// over (29 Feb 2023 became 1 Mar) and takes any offset (`+25:00`). Here a date must
/// exist, a year lie in `years`, and an offset be within ±14:00 (the widest in use,
/// Kiribati's): everything Netra computes with a clock stays in that range.
public enum InstantText {
    /// The years a clock may be set to.
    public static let years = 1900...2200
    /// The widest offset from UTC any zone uses.
    public static let widestOffsetSeconds = 14 * 3600

    /// Why a text is not an instant Netra accepts.
    public enum Refusal: Error, Equatable, Sendable {
        /// Not the form at all.
        case notATime
        /// A date the calendar does not have (`2023-02-29`, `2023-06-31`).
        case noSuchDay(year: Int, month: Int, day: Int)
        /// A time of day that does not exist (`24:00`, `10:61`).
        case noSuchTime
        /// A year outside `years`.
        case yearOutOfRange(Int)
        /// An offset beyond ±14:00.
        case offsetOutOfRange
    }

    /// The instant, or `nil` for any refusal.
    public static func parse(_ text: String, defaultZone zone: TimeZone) -> Date? {
        try? read(text, defaultZone: zone).get()
    }

    /// The instant, or why not.
    public static func read(_ text: String, defaultZone zone: TimeZone) -> Result<Date, Refusal> {
        var scanner = Scanner(Array(text.trimmingCharacters(in: .whitespaces).utf8))
        guard let year = scanner.digits(4), scanner.take("-"), let month = scanner.digits(2), scanner.take("-"),
              let day = scanner.digits(2) else { return .failure(.notATime) }
        guard years.contains(year) else { return .failure(.yearOutOfRange(year)) }
        guard let date = CivilDate(year: year, month: month, day: day) else {
            return .failure(.noSuchDay(year: year, month: month, day: day))
        }
        if scanner.atEnd { return .success(date.instant(in: zone)) }
        guard scanner.take("T") || scanner.take("t"), let hour = scanner.digits(2), scanner.take(":"),
              let minute = scanner.digits(2) else { return .failure(.notATime) }
        var second = 0
        var fraction = 0.0
        if scanner.take(":") {
            guard let s = scanner.digits(2) else { return .failure(.notATime) }
            second = s
            if scanner.take(".") || scanner.take(",") {
                guard let f = scanner.fraction() else { return .failure(.notATime) }
                fraction = f
            }
        }
        guard hour < 24, minute < 60, second < 60 else { return .failure(.noSuchTime) }
        let offset: Int
        if scanner.take("Z") || scanner.take("z") {
            offset = 0
        } else {
            let sign: Int
            if scanner.take("+") { sign = 1 } else if scanner.take("-") { sign = -1 } else { return .failure(.notATime) }
            guard let h = scanner.digits(2) else { return .failure(.notATime) }
            _ = scanner.take(":")
            guard let m = scanner.digits(2), m < 60 else { return .failure(.notATime) }
            offset = sign * (h * 3600 + m * 60)
        }
        guard scanner.atEnd else { return .failure(.notATime) }
        guard abs(offset) <= widestOffsetSeconds else { return .failure(.offsetOutOfRange) }
        let seconds = Double(date.dayNumber * 86_400 + hour * 3600 + minute * 60 + second - offset) + fraction
        return .success(Date(timeIntervalSince1970: seconds))
    }

    /// ASCII bytes read left to right.
    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }

        var atEnd: Bool { index == bytes.count }

        mutating func take(_ character: Character) -> Bool {
            guard index < bytes.count, let ascii = character.asciiValue, bytes[index] == ascii else { return false }
            index += 1
            return true
        }

        /// Exactly `count` decimal digits as a number.
        mutating func digits(_ count: Int) -> Int? {
            guard index + count <= bytes.count else { return nil }
            var value = 0
            for byte in bytes[index..<index + count] {
                guard (0x30...0x39).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            index += count
            return value
        }

        /// One to nine digits after the decimal sign, as a fraction of a second.
        mutating func fraction() -> Double? {
            var value = 0.0, scale = 1.0, count = 0
            while index < bytes.count, (0x30...0x39).contains(bytes[index]), count < 9 {
                scale /= 10
                value += Double(bytes[index] - 0x30) * scale
                index += 1
                count += 1
            }
            return count > 0 ? value : nil
        }
    }
}

/// A civil servant's 18-digit identity number (Nomor Induk Pegawai).
///
/// For a PNS the digits are laid out as birth date `YYYYMMDD`, civil-service start
/// (TMT CPNS) `YYYYMM`, sex `1`/`2` and a serial `001`–`999` (Perka BKN 22/2007). PPPK
/// numbers are also 18 digits but laid out differently, so only their length is
/// checked. Stored as one integer: a million officers cost 8 bytes each, not a string.
public struct NIP: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let value: UInt64

    public init(value: UInt64) { self.value = value }

    /// The 18 digits, zero-padded.
    public var description: String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 18 - digits.count)) + digits
    }

    public static func < (a: NIP, b: NIP) -> Bool { a.value < b.value }

    /// The parts of a PNS number. `nil` parts never happen for a validated PNS NIP.
    public var birthDate: CivilDate? {
        let v = value / 10_000_000_000
        return CivilDate(year: Int(v / 10_000), month: Int(v / 100 % 100), day: Int(v % 100))
    }

    /// The civil-service start month (TMT CPNS), as the first day of that month.
    public var serviceStart: CivilDate? {
        let v = value / 10_000 % 1_000_000
        return CivilDate(year: Int(v / 100), month: Int(v % 100), day: 1)
    }

    /// 1 = male, 2 = female.
    public var sexDigit: Int { Int(value / 1000 % 10) }
    public var serial: Int { Int(value % 1000) }

    /// Why a text is not a usable NIP, worded for the clerk who has to fix it.
    public enum Problem: Error, Equatable, Sendable {
        case empty
        /// `1.98505E+17`: a spreadsheet turned the column into numbers; digits are lost.
        case scientificNotation
        /// `198505122010011001.0`: stored as a number with a decimal part.
        case decimalSuffix
        /// `'198505122010011001`: the spreadsheet's "treat as text" mark was exported.
        case leadingApostrophe
        case notDigits
        case wrongLength(Int)
        case impossibleBirthDate
        case impossibleServiceStart
        case startedBeforeEighteen
        case badSexDigit(Int)
        case zeroSerial
    }

    /// Parses a NIP. Spaces between the groups (`19860926 201505 1 001`) are accepted;
    /// `pns` numbers are checked part by part, `pppk` numbers for length only.
    public static func parse(_ raw: String, employment: Employment = .pns) -> Result<NIP, Problem> {
        let text = raw.trimmingCharacters(in: [" ", "\t"])
        if text.isEmpty { return .failure(.empty) }
        if text.hasPrefix("'") || text.hasPrefix("\u{2019}") { return .failure(.leadingApostrophe) }
        let compact = text.filter { $0 != " " }
        let upper = compact.uppercased()
        if upper.contains("E+") || upper.contains("E-") || (upper.contains("E") && upper.first?.isNumber == true
            && upper.allSatisfy { $0.isNumber || $0 == "E" || $0 == "." || $0 == "," }) {
            return .failure(.scientificNotation)
        }
        if let dot = compact.firstIndex(where: { $0 == "." || $0 == "," }),
           compact[..<dot].allSatisfy(\.isASCIIDigit),
           compact[compact.index(after: dot)...].allSatisfy({ $0 == "0" }) {
            return .failure(.decimalSuffix)
        }
        guard compact.allSatisfy(\.isASCIIDigit) else { return .failure(.notDigits) }
        guard compact.utf8.count == 18, let value = UInt64(compact) else { return .failure(.wrongLength(compact.count)) }
        let nip = NIP(value: value)
        return employment == .pppk ? .success(nip) : nip.checkPNSLayout()
    }

    /// Fast path for the common case, straight from file bytes: exactly 18 ASCII
    /// digits. Returns `nil` when the slow path must look (and explain).
    static func digitsOnly(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        guard bytes.count == 18 else { return nil }
        var v: UInt64 = 0
        for b in bytes {
            guard b >= 0x30 && b <= 0x39 else { return nil }
            v = v &* 10 &+ UInt64(b - 0x30)
        }
        return v
    }

    /// Checks the PNS layout: real birth date, real start month at least 18 years
    /// after birth, sex digit, non-zero serial.
    public func checkPNSLayout() -> Result<NIP, Problem> {
        guard let birth = birthDate, birth.year >= 1900 else { return .failure(.impossibleBirthDate) }
        let startYM = Int(value / 10_000 % 1_000_000)
        guard let start = serviceStart, start.year >= 1900, startYM % 100 >= 1 else {
            return .failure(.impossibleServiceStart)
        }
        guard (start.year * 12 + start.month) >= (birth.year + 18) * 12 + birth.month else {
            return .failure(.startedBeforeEighteen)
        }
        guard sexDigit == 1 || sexDigit == 2 else { return .failure(.badSexDigit(sexDigit)) }
        guard serial != 0 else { return .failure(.zeroSerial) }
        return .success(self)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// The cost parameters written at the start of a yescrypt hash (`$y$j9T$salt$hash`),
/// read without running the hash.
///
/// A kiosk checks the PIN with whatever `pin_hash` says, and anyone who can write the
/// shared folder can write it: a cost of minutes per attempt (or gigabytes of memory)
/// would freeze the lobby screen for each visitor who presses the unlock key. So the
/// cost is read first and a hash above `maximumWork` is refused, in `netra check` and
/// at the screen alike. The encoding is libxcrypt's (yescrypt-common.c): a flavour,
/// log2 N, r, then optionally a bit set saying which of p, t, g and a ROM follow, each
/// as a variable-length number in crypt's base-64 alphabet.
public struct YescryptSetting: Equatable, Sendable {
    /// Blocks of 128·r bytes: memory is 128·N·r·p bytes.
    public let n: UInt64
    public let r: UInt64
    /// Parallel lanes; libxcrypt computes them one after another.
    public let p: UInt64
    /// Extra time passes.
    public let t: UInt64

    /// Work in units of N·r (memory per lane in 128-byte blocks, times lanes and passes).
    public var work: UInt64 {
        let (a, o1) = n.multipliedReportingOverflow(by: r)
        let (b, o2) = a.multipliedReportingOverflow(by: p)
        let (c, o3) = b.multipliedReportingOverflow(by: t + 1)
        return o1 || o2 || o3 ? .max : c
    }

    /// Memory the hash needs, in bytes (saturating).
    public var memoryBytes: UInt64 {
        let (bytes, overflow) = n.multipliedReportingOverflow(by: r)
        return overflow || bytes > .max / 128 / max(p, 1) ? .max : bytes * 128 * p
    }

    /// The most work a PIN check may take: N = 2^16, r = 32 (256 MiB, libxcrypt's cost
    /// 9), about 0.6 s on the machine this was measured on — fourteen times the cost
    /// `netra kiosk-pin` uses (N = 2^12, r = 32: 16 MiB, about 20 ms).
    public static let maximumWork: UInt64 = (1 << 16) * 32

    static let alphabet = Array("./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8)

    /// Reads the parameters of `hash` (`$y$…$salt$hash`); nil if it is not a yescrypt
    /// hash libxcrypt would accept, or asks for what Netra does not allow (a ROM, hash
    /// upgrades).
    public init?(hash: String) {
        var bytes = Array(hash.utf8)[...]
        guard bytes.starts(with: Array("$y$".utf8)) else { return nil }
        bytes = bytes.dropFirst(3)
        guard Self.number(&bytes, minimum: 0) != nil,  // the flavour: libcrypt checks it
              let nLog2 = Self.number(&bytes, minimum: 1), nLog2 <= 63,
              let r = Self.number(&bytes, minimum: 1) else { return nil }
        var p: UInt64 = 1, t: UInt64 = 0
        if bytes.first != UInt8(ascii: "$") {
            guard let have = Self.number(&bytes, minimum: 1), have & ~3 == 0 else { return nil }
            if have & 1 != 0 { guard let value = Self.number(&bytes, minimum: 2) else { return nil }; p = value }
            if have & 2 != 0 { guard let value = Self.number(&bytes, minimum: 1) else { return nil }; t = value }
        }
        guard bytes.popFirst() == UInt8(ascii: "$") else { return nil }
        // Then the salt and the 43-character hash, both in the same alphabet.
        let parts = bytes.split(separator: UInt8(ascii: "$"), omittingEmptySubsequences: false)
        guard parts.count == 2, (1...86).contains(parts[0].count), parts[1].count == 43,
              parts.allSatisfy({ $0.allSatisfy(Self.alphabet.contains) }) else { return nil }
        self.n = 1 << nLog2
        self.r = r
        self.p = p
        self.t = t
    }

    /// One variable-length number: the first character says how many follow.
    private static func number(_ bytes: inout ArraySlice<UInt8>, minimum: UInt64) -> UInt64? {
        guard let first = bytes.popFirst(), let c = alphabet.firstIndex(of: first).map(UInt64.init) else { return nil }
        var value = minimum
        var start: UInt64 = 0, end: UInt64 = 47, chars = 1, bits: UInt64 = 0
        while c > end {
            value += (end + 1 - start) << bits
            start = end + 1
            end = start + (62 - end) / 2
            chars += 1
            bits += 6
        }
        value += (c - start) << bits
        while chars > 1 {
            guard let next = bytes.popFirst(), let d = alphabet.firstIndex(of: next).map(UInt64.init) else { return nil }
            bits -= 6
            value += d << bits
            chars -= 1
        }
        return value
    }
}

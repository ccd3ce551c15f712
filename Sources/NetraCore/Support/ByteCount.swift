#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file byte scans done with the C library's vectorised `memchr`.
///
/// Why: a byte-at-a-time loop in Swift over a 105 MB roster took ≈50 ms per pass, and
/// reading it made two such passes (is there a NUL byte; how many lines) before a row
/// was parsed. `memchr` jumps from match to match. The word helpers at the end serve
/// the scans that look at a row eight bytes at a time.
enum ByteCount {
    /// How many line feeds `buffer` holds.
    static func lineFeeds(in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        guard var at = buffer.baseAddress else { return 0 }
        let end = at + buffer.count
        var count = 0
        while at < end, let hit = memchr(at, 0x0A, end - at) {
            count += 1
            at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return count
    }

    /// Whether `byte` occurs in `bytes`.
    static func contains(_ byte: UInt8, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }

    /// `byte` in each of a word's eight bytes.
    @inline(__always)
    static func word(repeating byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }

    /// The high bit of each byte of `v` that is zero, and only of those (no borrow runs
    /// from one byte into the next: each byte's low seven bits are added apart). With
    /// `v = w ^ word(repeating: b)` it marks where `b` lies in `w`. Used by the scans that
    /// look at eight bytes of a row at a time (`CSVScanner`, `ControlBytes`).
    @inline(__always)
    static func zeroBytes(_ v: UInt64) -> UInt64 {
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((v & low) &+ low) | v) & ~low
    }
}

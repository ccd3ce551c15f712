#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whole-file byte scans done with the C library's vectorised `memchr`.
///
/// Why: a byte-at-a-time loop in Swift over a 105 MB roster took ≈50 ms per pass, and
/// reading it made two such passes (is there a NUL byte; how many lines) before a row
/// was parsed. `memchr` jumps from match to match.
enum ByteCount {
    /// How many line feeds `bytes` holds.
    static func lineFeeds(in bytes: [UInt8]) -> Int {
        bytes.withUnsafeBufferPointer { buffer in
            guard var at = buffer.baseAddress else { return 0 }
            let end = at + buffer.count
            var count = 0
            while at < end, let hit = memchr(at, 0x0A, end - at) {
                count += 1
                at = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
    }

    /// Whether `byte` occurs in `bytes`.
    static func contains(_ byte: UInt8, in bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        }
    }
}

/// Little-endian numbers and length-prefixed texts, written into chunks and read back
/// with every length checked: the two ends of `KeptRosterFormat`.

/// Bytes written in order; with a flush, handed on in chunks of whole 16-byte blocks
/// (the checksum's unit) once a megabyte has gathered.
struct ByteSink {
    private(set) var buffer: [UInt8] = []
    private let flush: ((UnsafeRawBufferPointer) throws -> Void)?
    private var written: UInt64 = 0
    private var sum = KeptRosterFormat.checksumSeed
    static let chunk = 1 << 20

    init() { flush = nil }

    init(flushingTo flush: @escaping (UnsafeRawBufferPointer) throws -> Void) {
        self.flush = flush
        buffer.reserveCapacity(Self.chunk + 4096)
    }

    /// How many bytes were written so far (handed on or not).
    var position: UInt64 { written + UInt64(buffer.count) }

    mutating func u8(_ v: UInt8) { buffer.append(v) }
    mutating func u16(_ v: UInt16) { withUnsafeBytes(of: v.littleEndian) { buffer.append(contentsOf: $0) } }
    mutating func u32(_ v: UInt32) { withUnsafeBytes(of: v.littleEndian) { buffer.append(contentsOf: $0) } }
    mutating func u64(_ v: UInt64) { withUnsafeBytes(of: v.littleEndian) { buffer.append(contentsOf: $0) } }
    mutating func i32(_ v: Int32) { u32(UInt32(bitPattern: v)) }
    mutating func i64(_ v: Int64) { u64(UInt64(bitPattern: v)) }
    mutating func bytes(_ v: [UInt8]) { buffer.append(contentsOf: v) }

    /// Bytes as they lie in memory (a table of numbers), a chunk at a time.
    mutating func raw(_ bytes: UnsafeRawBufferPointer) throws {
        var at = 0
        while at < bytes.count {
            let n = min(Self.chunk, bytes.count - at)
            buffer.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[at..<at + n]))
            at += n
            try flushIfFull()
        }
    }

    /// A text as its UTF-8 length and bytes.
    mutating func string(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            u32(UInt32(utf8.count))
            buffer.append(contentsOf: utf8)
        }
    }

    mutating func optional<T>(_ value: T?, _ write: (inout ByteSink, T) throws -> Void) rethrows {
        guard let value else { return u8(0) }
        u8(1)
        try write(&self, value)
    }

    /// Hands on the whole 16-byte blocks gathered once past a chunk's size.
    mutating func flushIfFull() throws {
        guard buffer.count >= Self.chunk else { return }
        try handOn(buffer.count / 16 * 16)
    }

    /// Pads to 16 bytes and hands on the rest: the body's length and checksum.
    mutating func finish() throws -> (length: UInt64, checksum: UInt64) {
        buffer.append(contentsOf: [UInt8](repeating: 0, count: (16 - buffer.count % 16) % 16))
        try handOn(buffer.count)
        return (written, KeptRosterFormat.finalChecksum(sum, length: written))
    }

    private mutating func handOn(_ count: Int) throws {
        guard let flush, count > 0 else { return }
        try buffer.withUnsafeBytes { all in
            let part = UnsafeRawBufferPointer(rebasing: all[..<count])
            KeptRosterFormat.checksum(part, into: &sum)
            try flush(part)
        }
        written += UInt64(count)
        buffer.removeFirst(count)
    }
}

/// Bytes read in order; running past the end or a text longer than what is left is
/// `KeptRosterFormat.Unusable`, never a trap.
struct ByteSource {
    private let base: UnsafeRawBufferPointer
    private var at = 0

    init(_ bytes: UnsafeRawBufferPointer) { base = bytes }

    var remaining: Int { base.count - at }
    var restIsZero: Bool { base[at...].allSatisfy { $0 == 0 } }

    private mutating func take<T: FixedWidthInteger>(_: T.Type) throws(KeptRosterFormat.Unusable) -> T {
        let size = MemoryLayout<T>.size
        guard remaining >= size else { throw KeptRosterFormat.Unusable(why: "ends early") }
        defer { at += size }
        return T(littleEndian: base.loadUnaligned(fromByteOffset: at, as: T.self))
    }

    mutating func u8() throws(KeptRosterFormat.Unusable) -> UInt8 { try take(UInt8.self) }
    mutating func u16() throws(KeptRosterFormat.Unusable) -> UInt16 { try take(UInt16.self) }
    mutating func u32() throws(KeptRosterFormat.Unusable) -> UInt32 { try take(UInt32.self) }
    mutating func u64() throws(KeptRosterFormat.Unusable) -> UInt64 { try take(UInt64.self) }
    mutating func i32() throws(KeptRosterFormat.Unusable) -> Int32 { Int32(bitPattern: try u32()) }
    mutating func i64() throws(KeptRosterFormat.Unusable) -> Int64 { Int64(bitPattern: try u64()) }

    mutating func bytes(_ count: Int) throws(KeptRosterFormat.Unusable) -> UnsafeRawBufferPointer.SubSequence {
        guard count >= 0, remaining >= count else { throw KeptRosterFormat.Unusable(why: "ends early") }
        defer { at += count }
        return base[at..<at + count]
    }

    /// `count` numbers of type `T` as they lay in memory when written (little-endian).
    mutating func numbers<T: FixedWidthInteger>(_: T.Type, count: Int) throws(KeptRosterFormat.Unusable) -> [T] {
        let size = MemoryLayout<T>.size
        guard count >= 0, count <= remaining / size else { throw KeptRosterFormat.Unusable(why: "ends early") }
        let source = try bytes(count * size)
        return [T](unsafeUninitializedCapacity: count) { numbers, made in
            UnsafeMutableRawBufferPointer(numbers).copyMemory(from: UnsafeRawBufferPointer(rebasing: source))
            made = count
        }
    }

    mutating func string() throws(KeptRosterFormat.Unusable) -> String {
        let count = Int(try u32())
        let utf8 = try bytes(count)
        return String(decoding: UnsafeRawBufferPointer(rebasing: utf8), as: UTF8.self)
    }

    /// One of `cases` by its position (`allCases`, made once by the caller).
    mutating func choice<T>(_ cases: [T]) throws(KeptRosterFormat.Unusable) -> T {
        let i = Int(try u8())
        guard i < cases.count else { throw KeptRosterFormat.Unusable(why: "\(T.self) case") }
        return cases[i]
    }

    /// `nil` (0) or one of `cases` by its position plus one.
    mutating func optionalChoice<T>(_ cases: [T]) throws(KeptRosterFormat.Unusable) -> T? {
        let i = Int(try u8())
        guard i > 0 else { return nil }
        guard i - 1 < cases.count else { throw KeptRosterFormat.Unusable(why: "\(T.self) case") }
        return cases[i - 1]
    }

    mutating func optional<T>(_ read: (inout ByteSource) throws(KeptRosterFormat.Unusable) -> T) throws(KeptRosterFormat.Unusable) -> T? {
        switch try u8() {
        case 0: return nil
        case 1: return try read(&self)
        default: throw KeptRosterFormat.Unusable(why: "optional")
        }
    }
}

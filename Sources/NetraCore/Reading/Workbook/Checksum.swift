import CZlib

/// CRC-32 of a workbook entry, by the system zlib's `crc32` (through `CZlib`, the
/// system-library module ZIPFoundation itself declares and links on Linux).
///
/// Why not ZIPFoundation's checksum: on Linux it computes it one byte at a time in
/// Swift, and that loop was a third of the time a 100k-row workbook took to open —
/// more than inflating it. The checksum stays: it is what tells a half-saved workbook
/// from a whole one when the deflate stream happens to end cleanly.
struct Checksum {
    private(set) var value: UInt32

    init(_ start: UInt32 = 0) { value = start }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress, bytes.count > 0 else { return }
        // zlib takes a 32-bit length: feed larger buffers in pieces.
        var offset = 0
        while offset < bytes.count {
            let piece = min(bytes.count - offset, Int(UInt32.max))
            value = UInt32(crc32(uLong(value), base.advanced(by: offset).assumingMemoryBound(to: Bytef.self), uInt(piece)))
            offset += piece
        }
    }
}

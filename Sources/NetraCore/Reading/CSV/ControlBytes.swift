/// Finds control characters and escape sequences in a cell's bytes without decoding it.
///
/// The screen cleans them (`UntrustedText`), but a clerk should know the file holds
/// them: an ESC in a unit cell is a paste from a terminal, a C1 byte a mis-decoded
/// export. Tabs and line breaks (Alt-Enter in a spreadsheet cell) are ordinary.
enum ControlBytes {
    /// Whether the field holds a C0 control (other than TAB, LF, CR), DEL, or a C1
    /// control (U+0080–U+009F, `C2 80`–`C2 9F` in UTF-8).
    static func found(in bytes: UnsafeBufferPointer<UInt8>, _ field: CSVScanner.Field) -> Bool {
        found(in: bytes, from: field.start, to: field.end)
    }

    /// The same test over `bytes[start..<end]`: a whole row at once (its separators and
    /// quotes are printable), so the common row without a control costs one pass.
    static func found(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard start < end, let base = bytes.baseAddress else { return false }
        var i = start
        // Eight printable ASCII bytes at a time (a row is nearly all of them): no byte
        // below 0x20, none with the high bit, no DEL. A row byte by byte was 3 % of
        // reading a million officers.
        let raw = UnsafeRawPointer(base)
        let highs = ByteCount.word(repeating: 0x80), below20 = ByteCount.word(repeating: 0x20), del = ByteCount.word(repeating: 0x7F)
        while i + 8 <= end {
            let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            // A byte below 0x20 (a borrow may mark more than the first, never none:
            // only the question whether any is asked), a DEL, a byte with the high bit.
            // (Swift's `&` binds like `*`: the difference is parenthesised.)
            let control = ((w &- below20) & ~w & highs) | ByteCount.zeroBytes(w ^ del) | (w & highs)
            if control != 0 { break }
            i += 8
        }
        while i < end {
            let b = base[i]
            // Printable ASCII (0x20–0x7E) is nearly every byte: one comparison.
            if b &- 0x20 < 0x5F { i += 1; continue }
            if b < 0x20 {
                if b != 0x09 && b != 0x0A && b != 0x0D { return true }
            } else if b == 0x7F {
                return true
            } else if b == 0xC2, i + 1 < end, (0x80...0x9F).contains(base[i + 1]) {
                return true
            }
            i += 1
        }
        return false
    }
}

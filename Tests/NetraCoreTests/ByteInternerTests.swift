import Foundation
import Testing
@testable import NetraCore

/// The interner behind repeated CSV values: equal bytes, one id; different bytes (even
/// when one is the other with a zero byte, or a word longer by a letter), different
/// ids; and the text each id stands for, however many values grow its table.
@Suite struct ByteInternerTests {
    @Test func equalBytesShareAnIdAndDifferentBytesDoNot() {
        let interner = ByteInterner()
        var values = ["", "a", "a\u{0}", "ab", "abcdefgh", "abcdefghi", "abcdefgh\u{0}", "Unit Kerja 1 Pemerintah Kota", "Unit Kerja 1 Pemerintah Kotb",
                      "II/a", "II/b", "III/a", "Partai Nusantara Maju", "Kecamatan Balikpapan Utara", "KECAMATAN BALIKPAPAN UTARA"]
        values += (0..<5_000).map { "Jabatan Fungsional Tingkat \($0)" }
        // The interner keeps pointers into the file's bytes: one buffer, alive throughout.
        var blob: [UInt8] = []
        var ranges: [Range<Int>] = []
        for value in values {
            ranges.append(blob.count..<(blob.count + value.utf8.count))
            blob += Array(value.utf8)
        }
        var ids: [String: Int] = [:]
        blob.withUnsafeBufferPointer { file in
            for round in 0..<2 {
                for (value, range) in zip(values, ranges) {
                    var valid = true
                    let id = interner.intern(UnsafeBufferPointer(rebasing: file[range]), wasValidUTF8: &valid)
                    #expect(valid)
                    #expect(interner.string(id) == value)
                    if round == 0 { ids[value] = id } else { #expect(ids[value] == id) }
                }
            }
        }
        #expect(Set(ids.values).count == values.count)
    }

    @Test func theHashReadsEveryByte() {
        // Two values that differ in one byte, at every position of a 40-byte value.
        let base = Array("Dinas Pekerjaan Umum dan Penataan Ruang1".utf8)
        var hashes = Set<UInt64>()
        base.withUnsafeBufferPointer { _ = hashes.insert(ByteInterner.hash($0)) }
        for position in base.indices {
            var changed = base
            changed[position] ^= 0x01
            changed.withUnsafeBufferPointer { _ = hashes.insert(ByteInterner.hash($0)) }
        }
        #expect(hashes.count == base.count + 1)
    }
}

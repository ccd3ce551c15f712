import Foundation

/// The reload work waiting for its turn, merged into one: whatever arrives while a
/// reload runs joins it, so there is never more than one reload waiting.
struct ReloadRequest: Equatable {
    /// Files that just changed: a failure may be a writer still at work.
    var changed: Set<DataFile> = []
    /// Files read again after settling: a failure now counts.
    var settled: Set<DataFile> = []
    /// Read everything again (`r`); covers both sets.
    var full = false

    var isEmpty: Bool { changed.isEmpty && settled.isEmpty && !full }

    /// Every file this request reads.
    var files: Set<DataFile> { full ? Set(DataFile.allCases) : changed.union(settled) }

    mutating func merge(_ other: ReloadRequest) {
        changed.formUnion(other.changed)
        settled.formUnion(other.settled)
        full = full || other.full
    }
}

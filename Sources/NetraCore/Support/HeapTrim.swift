import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Gives freed heap pages back to the system after a big reload. Swapping a 100k-officer
/// dataset frees tens of megabytes; without this, glibc keeps them resident.
/// `malloc_trim` is not exposed by Swift's Glibc module, hence `dlsym`.
public enum HeapTrim {
    private typealias Trim = @convention(c) (Int) -> Int32
    private static let trim: Trim? = {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return nil }
        return unsafeBitCast(symbol, to: Trim.self)
        #else
        return nil
        #endif
    }()

    public static func releaseFreeMemory() { _ = trim?(0) }

    private typealias Option = @convention(c) (Int32, Int32) -> Int32
    private static let mallopt: Option? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return nil }
        return unsafeBitCast(symbol, to: Option.self)
    }()

    /// Keeps every thread's allocations in one heap arena. With one arena per thread
    /// (glibc's default), datasets built on the reload thread and freed on the screen's
    /// thread left memory 27 % above its first level after 1,000 reloads of 100k
    /// officers; with one arena it stays within about 1 %. Call before starting threads.
    public static func useSingleArena() {
        let arenaMax: Int32 = -8  // M_ARENA_MAX in <malloc.h>
        _ = mallopt?(arenaMax, 1)
    }
}

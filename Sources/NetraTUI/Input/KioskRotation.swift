import Foundation

/// Which kiosk page shows, and since when: the rotation steps to the next page every
/// `period` seconds, through each page of a long list before the next view; a key or
/// a tap pauses it for a minute.
public struct KioskRotation: Equatable, Sendable {
    /// Index into the configured pages.
    public private(set) var pageIndex = 0
    /// Which screenful of that page's list (0 for pages without one).
    public private(set) var part = 0
    public private(set) var shownSince: Date
    public private(set) var pausedUntil: Date?

    public static let pause: TimeInterval = 60

    public init(startingAt now: Date, pageIndex: Int = 0) {
        shownSince = now
        self.pageIndex = pageIndex
    }

    /// Whether the rotation is paused at `now`.
    public func isPaused(at now: Date) -> Bool { pausedUntil.map { $0 > now } ?? false }

    /// When the rotation next changes the screen by itself.
    public func nextChange(period: TimeInterval) -> Date {
        max(shownSince.addingTimeInterval(period), pausedUntil ?? .distantPast)
    }

    /// Pauses for a minute from `now`.
    public mutating func pause(at now: Date) {
        pausedUntil = now.addingTimeInterval(Self.pause)
    }

    /// Steps as far as the clock says. `parts(i)` is how many screenfuls page `i` has
    /// now (lists grow and shrink with the data). Returns whether the page changed.
    @discardableResult
    public mutating func advance(to now: Date, period: TimeInterval, pageCount: Int, parts: (Int) -> Int) -> Bool {
        guard pageCount > 0 else { return false }
        clamp(pageCount: pageCount, parts: parts)
        if isPaused(at: now) { return false }
        // After a pause the page stays its full period once more.
        if let until = pausedUntil {
            pausedUntil = nil
            if shownSince < until { shownSince = until }
        }
        guard now.timeIntervalSince(shownSince) >= period else { return false }
        // A screen that slept (or a clock jump) moves one step, not a hundred.
        step(by: 1, pageCount: pageCount, parts: parts)
        shownSince = now
        return true
    }

    /// Moves `offset` screenfuls (a visitor's arrow key) and pauses.
    public mutating func show(offset: Int, at now: Date, pageCount: Int, parts: (Int) -> Int) {
        guard pageCount > 0 else { return }
        clamp(pageCount: pageCount, parts: parts)
        step(by: offset, pageCount: pageCount, parts: parts)
        shownSince = now
        pause(at: now)
    }

    /// Shows page `index` from its first screenful and pauses (a tap on its tab).
    public mutating func show(page index: Int, at now: Date, pageCount: Int) {
        guard (0..<pageCount).contains(index) else { return }
        pageIndex = index
        part = 0
        shownSince = now
        pause(at: now)
    }

    private mutating func clamp(pageCount: Int, parts: (Int) -> Int) {
        if pageIndex >= pageCount { pageIndex = 0; part = 0 }
        if part >= max(1, parts(pageIndex)) { part = 0 }
    }

    private mutating func step(by offset: Int, pageCount: Int, parts: (Int) -> Int) {
        for _ in 0..<abs(offset) {
            if offset > 0 {
                if part + 1 < max(1, parts(pageIndex)) { part += 1 } else {
                    pageIndex = (pageIndex + 1) % pageCount
                    part = 0
                }
            } else if part > 0 {
                part -= 1
            } else {
                pageIndex = (pageIndex + pageCount - 1) % pageCount
                part = max(1, parts(pageIndex)) - 1
            }
        }
    }
}

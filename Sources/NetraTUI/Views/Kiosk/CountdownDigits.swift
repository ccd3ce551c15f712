/// How the kiosk's countdown sets its block digits: `133 04:59:00` on one line, or the
/// days over the clock on two, at one scale for both. The countdown is the lobby's
/// headline, so its digits are never shorter than the tallest figure any other page
/// may draw at the same size (`KioskPublicPages.figureHeight`): where square pixels
/// would fall short (a narrow screen), the pixels grow taller than wide instead.
/// A pure function of the text and the room.
struct CountdownDigits: Equatable {
    enum Arrangement: Equatable { case oneLine, twoLines }

    let arrangement: Arrangement
    /// Columns and rows per font pixel.
    let scale: (x: Int, y: Int)

    static func == (a: Self, b: Self) -> Bool { a.arrangement == b.arrangement && a.scale == b.scale }

    /// Rows of one line of digits.
    var digitRows: Int { BigDigits.rows * scale.y }

    /// Rows the digits take with the unit names under each line (and a blank line
    /// between two lines).
    var height: Int { arrangement == .oneLine ? digitRows + 1 : 2 * (digitRows + 1) + 1 }

    /// The tallest digits that fit `width` × `height` (unit names included), no
    /// shorter than `minimumScaleY` pixel rows where the height allows; among equally
    /// tall ones, the squarest pixels (a cell is about twice as tall as wide), then one
    /// line. `nil` when not even the smallest digits fit.
    static func best(days: String, clock: String, width: Int, height: Int, minimumScaleY: Int) -> CountdownDigits? {
        let options: [(Arrangement, base: Int, rowsPerPixel: Int, fixed: Int)] = [
            (.oneLine, BigDigits.baseWidth(days + " " + clock), BigDigits.rows, 1),
            (.twoLines, max(BigDigits.baseWidth(days), BigDigits.baseWidth(clock)), 2 * BigDigits.rows, 3),
        ]
        var best: CountdownDigits?
        for (arrangement, base, rowsPerPixel, fixed) in options where base > 0 {
            let widest = width / base
            let tallest = (height - fixed) / rowsPerPixel
            guard widest >= 1, tallest >= 1 else { continue }
            let square = min(tallest, max(1, (widest + 1) / 2))
            let sy = max(square, min(tallest, minimumScaleY))
            let candidate = CountdownDigits(arrangement: arrangement, scale: (min(widest, 2 * sy), sy))
            guard let current = best else { best = candidate; continue }
            if (candidate.scale.y, -candidate.squareness) > (current.scale.y, -current.squareness) { best = candidate }
        }
        return best
    }

    /// How far the pixels are from square (0: twice as many columns as rows).
    private var squareness: Int { abs(2 * scale.y - scale.x) }
}

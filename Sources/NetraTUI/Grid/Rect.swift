/// A rectangle of cells: where a part of the frame goes. Computed once per frame by
/// the layout and read by drawing and input alike.
public struct Rect: Equatable, Sendable {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public var maxY: Int { y + height }
    public var maxX: Int { x + width }

    /// Whether the cell at (x, y) lies inside.
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }

    /// The part from line `line` down (a list under the lines above it).
    public func from(line: Int) -> Rect { Rect(x: x, y: line, width: width, height: maxY - line) }
}

/// A terminal size in columns and lines.
public struct Size: Equatable, Sendable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }
}

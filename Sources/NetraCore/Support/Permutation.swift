/// Reordering an array in place by a list of positions.
enum Permutation {
    /// Puts `values` in the order `order` gives (`values[i]` becomes what was at
    /// `order[i]`) by swapping along each cycle: no second array of the values, which
    /// matters when they are large and many. `order` must be a permutation of the indices.
    static func gather<T>(_ values: inout [T], _ order: [Int]) {
        precondition(order.count == values.count, "a permutation of every position")
        var placed = [Bool](repeating: false, count: values.count)
        values.withUnsafeMutableBufferPointer { slots in
            for start in slots.indices where !placed[start] {
                var i = start
                while true {
                    placed[i] = true
                    let next = order[i]
                    if next == start { break }
                    slots.swapAt(i, next)
                    i = next
                }
            }
        }
    }
}

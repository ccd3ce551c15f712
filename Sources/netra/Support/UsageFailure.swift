/// A usage problem (exit status 2): missing folder, unwritable demo folder, a
/// terminal that cannot show the dashboard.
struct UsageFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

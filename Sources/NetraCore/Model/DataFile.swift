/// The files of a data folder.
public enum DataFile: String, CaseIterable, Sendable {
    case officers = "officers.csv"
    case retirements = "retirements.csv"
    case cases = "cases.csv"
    case schedule = "schedule.toml"
    case settings = "netra.toml"
    case circulars = "circulars.csv"
    case acknowledgements = "acknowledgements.csv"
    /// The `kpu/` subfolder: KPU's published candidate lists (`KPUFolder`).
    case kpu = "kpu"
    /// The office's verdicts on KPU matches.
    case kpuReview = "kpu-review.csv"

    public var fileName: String { rawValue }
}

/// The files of a data folder.
public enum DataFile: String, CaseIterable, Sendable {
    case officers = "officers.csv"
    /// Who runs for office, kept apart from the roster (the SIASN download knows nothing of it).
    case candidates = "candidates.csv"
    case retirements = "retirements.csv"
    case cases = "cases.csv"
    case schedule = "schedule.toml"
    case settings = "netra.toml"
    case circulars = "circulars.csv"
    case acknowledgements = "acknowledgements.csv"

    public var fileName: String { rawValue }
}

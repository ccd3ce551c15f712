import Foundation
import NetraCore

/// Where the terminal loop gets its models: the folder (`ReloadFeed`, the default) or
/// another source the command line supplies (the province database). The loop only
/// polls `wakeFD` and takes what is there; how models are made is the feed's business.
public protocol ModelFeed: AnyObject, Sendable {
    /// Starts following and returns the first model.
    func start() -> DashboardModel
    /// Readable when a model is waiting.
    var wakeFD: Int32 { get }
    /// The newest model, if one arrived since the last call.
    func take() -> DashboardModel?
    /// `r`: read everything again.
    func reloadAll()
    /// The UI let go of its previous model.
    func released()
    func stop()
}

extension ReloadFeed: ModelFeed {}

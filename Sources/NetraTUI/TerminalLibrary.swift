import CNcursesw

/// Facts about the terminal library Netra's dashboard draws with.
///
/// The dashboard itself arrives with its own issue; this type proves the ncurses
/// system library links on this machine.
public enum TerminalLibrary {
    /// The ncurses version string, e.g. `"ncurses 6.4.20221231"`.
    public static var version: String { String(cString: curses_version()) }
}

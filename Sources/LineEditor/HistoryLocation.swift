import Foundation

/// Where the history file lives, following the XDG base directory rules.
public enum HistoryLocation {
    /// `$XDG_STATE_HOME/tfcsh/history`, or `$HOME/.local/state/tfcsh/history` when
    /// `XDG_STATE_HOME` is unset, empty or relative (the XDG rules ignore relative paths);
    /// nil when neither gives an absolute path.
    public static func file(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> URL? {
        guard let state = stateDirectory(environment: environment) else { return nil }
        return state.appendingPathComponent("tfcsh").appendingPathComponent("history")
    }

    /// The XDG state folder for `environment`, or nil when it cannot be told.
    static func stateDirectory(environment: [String: String]) -> URL? {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return URL(fileURLWithPath: state, isDirectory: true)
        }
        if let home = environment["HOME"], home.hasPrefix("/") {
            return URL(fileURLWithPath: home, isDirectory: true)
                .appendingPathComponent(".local")
                .appendingPathComponent("state")
        }
        return nil
    }
}

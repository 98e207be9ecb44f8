import Foundation

/// Why the history file could not be read or written.
public enum HistoryError: LocalizedError, Equatable, Sendable {
    /// The folder for the history file could not be created.
    case cannotCreateDirectory(path: String, reason: String)
    /// The history file could not be written or replaced.
    case cannotWrite(path: String, reason: String)
    /// The history file exists but could not be read.
    case cannotRead(path: String, reason: String)

    /// Says what failed and what to do about it.
    public var errorDescription: String? {
        switch self {
        case .cannotCreateDirectory(let path, let reason):
            return "Could not create the history folder \(path) (\(reason)); history is kept "
                + "for this session only. Check that the folder's parent is writable, or set "
                + "XDG_STATE_HOME to a writable folder."
        case .cannotWrite(let path, let reason):
            return "Could not save history to \(path) (\(reason)); earlier history is intact. "
                + "Check the folder's permissions and free space."
        case .cannotRead(let path, let reason):
            return "Could not read history from \(path) (\(reason)); starting with an empty "
                + "history. Check the file's owner and permissions."
        }
    }
}

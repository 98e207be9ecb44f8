import Foundation

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads and writes a history file that only its owner can read, replacing it atomically.
public struct HistoryFile: Sendable {
    /// Permission bits of the history file: owner read and write.
    public static let fileMode: mode_t = 0o600
    /// Permission bits of folders created for it: owner only.
    public static let directoryMode: mode_t = 0o700

    /// The file's location.
    public let url: URL

    /// Creates a handle for the history file at `url`; nothing is touched until load or save.
    public init(url: URL) {
        self.url = url
    }

    /// Loads the history; a missing or garbled file gives an empty history, and a file others
    /// could read is first tightened to owner-only.
    public func load(limit: Int = HistoryStore.defaultLimit) throws(HistoryError) -> HistoryStore {
        let path = url.path
        guard FileManager.default.fileExists(atPath: path) else {
            return HistoryStore(limit: limit)
        }
        try tightenMode(path: path)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .cannotRead(path: path, reason: "the file could not be opened")
        }
        return HistoryStore.decode(data, limit: limit)
    }

    /// Writes the history to a temporary file beside the target and renames it over the target,
    /// so a crash leaves either the old file or the new one, never half of one.
    public func save(_ store: HistoryStore) throws(HistoryError) {
        try createDirectory(url.deletingLastPathComponent())
        let path = url.path
        let temporary = path + ".tmp-\(getpid())"
        try writeNewFile(store.encoded(), path: temporary)
        guard rename(temporary, path) == 0 else {
            let reason = Self.reason()
            unlink(temporary)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    /// Creates `directory` and any missing parents with owner-only permissions.
    func createDirectory(_ directory: URL) throws(HistoryError) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        {
            return
        }
        try createDirectory(directory.deletingLastPathComponent())
        // Another process may create it between the check and here; that is fine.
        guard mkdir(directory.path, Self.directoryMode) == 0 || errno == EEXIST else {
            throw .cannotCreateDirectory(path: directory.path, reason: Self.reason())
        }
    }

    /// Writes `data` to a file that must not exist yet, created owner-only, and flushes it.
    func writeNewFile(_ data: Data, path: String) throws(HistoryError) {
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, Self.fileMode)
        guard descriptor >= 0 else { throw .cannotWrite(path: path, reason: Self.reason()) }
        defer { close(descriptor) }
        // The umask may have removed bits we want and never adds any; set the mode exactly.
        fchmod(descriptor, Self.fileMode)
        let written = data.withUnsafeBytes { buffer in
            writeAll(descriptor: descriptor, buffer: buffer)
        }
        guard written, fsync(descriptor) == 0 else {
            let reason = Self.reason()
            unlink(path)
            throw .cannotWrite(path: path, reason: reason)
        }
    }

    /// Writes the whole buffer, retrying short writes and interrupted calls.
    func writeAll(descriptor: Int32, buffer: UnsafeRawBufferPointer) -> Bool {
        guard let base = buffer.baseAddress else { return true }
        var offset = 0
        while offset < buffer.count {
            let count = write(descriptor, base + offset, buffer.count - offset)
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return false }
            offset += count
        }
        return true
    }

    /// Sets an existing file to owner read and write if it allows more.
    func tightenMode(path: String) throws(HistoryError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            throw .cannotRead(path: path, reason: Self.reason())
        }
        guard status.st_mode & 0o777 != Self.fileMode else { return }
        guard chmod(path, Self.fileMode) == 0 else {
            throw .cannotRead(
                path: path,
                reason: "could not restrict it to its owner: \(Self.reason())"
            )
        }
    }

    /// The current `errno` as words.
    static func reason() -> String {
        String(cString: strerror(errno))
    }
}

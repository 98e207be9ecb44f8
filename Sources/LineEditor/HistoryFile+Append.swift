import Foundation

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension HistoryFile {
    /// Adds `entry` at the end of the file, so that shells running side by side each add their
    /// own lines instead of overwriting the file with what they remember.
    ///
    /// The file is locked while the line is written; when it then holds more than `limit`
    /// entries it is re-read and replaced by its newest `limit`, other shells' lines included.
    public func append(_ entry: String, limit: Int = HistoryStore.defaultLimit)
        throws(HistoryError)
    {
        try createDirectory(url.deletingLastPathComponent())
        let descriptor = try openLocked()
        defer { close(descriptor) }
        var text = HistoryStore.escape(entry) + "\n"
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_size == 0 {
            text = HistoryStore.header + "\n" + text
        }
        let written = Data(text.utf8).withUnsafeBytes { buffer in
            writeAll(descriptor: descriptor, buffer: buffer)
        }
        guard written else {
            throw .cannotWrite(path: url.path, reason: Self.reason())
        }
        try capIfNeeded(limit: limit)
    }

    /// Opens the file for appending, creating it owner-only, and takes its exclusive lock.
    ///
    /// A shell that capped the file renamed a new one over it; a lock taken on the old file
    /// guards nothing, so the path is opened again until the lock is on the file it names.
    private func openLocked() throws(HistoryError) -> Int32 {
        let path = url.path
        while true {
            let descriptor = open(
                path,
                O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC,
                Self.fileMode
            )
            guard descriptor >= 0 else {
                throw .cannotWrite(path: path, reason: Self.reason())
            }
            fchmod(descriptor, Self.fileMode)
            while flock(descriptor, LOCK_EX) != 0 && errno == EINTR {}
            var opened = stat()
            var named = stat()
            if fstat(descriptor, &opened) == 0, stat(path, &named) == 0,
                opened.st_ino == named.st_ino, opened.st_dev == named.st_dev
            {
                return descriptor
            }
            close(descriptor)
        }
    }

    /// Replaces the file by its newest `limit` entries when it holds more; the caller holds
    /// the lock.
    private func capIfNeeded(limit: Int) throws(HistoryError) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        let newlines = data.reduce(0) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        // One line is the header.
        guard newlines - 1 > limit else { return }
        try save(HistoryStore.decode(data, limit: limit))
    }
}

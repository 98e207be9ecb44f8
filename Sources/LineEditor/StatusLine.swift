#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A single line of terminal output that each update overwrites, for a live spinner or status.
public struct StatusLine: Sendable {
    /// Carriage return then "erase to end of line": the start of every redraw.
    public static let rewind = "\r\u{1B}[K"

    /// The file descriptor written to.
    public let descriptor: Int32

    /// Creates a status line on `descriptor` (standard output unless told otherwise).
    public init(descriptor: Int32 = STDOUT_FILENO) {
        self.descriptor = descriptor
    }

    /// The bytes that replace the current line with `text`, cut to fit in `width` columns so
    /// the terminal never wraps it onto a second line that `\r` could not reach.
    public static func render(_ text: String, width: Int) -> String {
        let visible = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        let room = max(0, width - 1)
        guard visible.count > room else { return rewind + visible }
        guard room > 1 else { return rewind + String(visible.prefix(room)) }
        return rewind + String(visible.prefix(room - 1)) + "…"
    }

    /// Replaces the line with `text`, fitted to the terminal's width.
    public func show(_ text: String) {
        let width = Terminal.width(ofDescriptor: descriptor) ?? Terminal.defaultWidth
        emit(Self.render(text, width: width))
    }

    /// Erases the line, leaving the cursor at its start for ordinary output.
    public func clear() {
        emit(Self.rewind)
    }

    /// Writes `text` straight to the descriptor, bypassing buffered streams.
    private func emit(_ text: String) {
        // Flush buffered streams first so earlier printed output lands before the status.
        fflush(nil)
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let count = bytes.withUnsafeMutableBytes { buffer in
                write(descriptor, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return }
            offset += count
        }
    }
}

@preconcurrency import CLibEdit
import Synchronization

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The provider the completion callback consults; C callbacks capture nothing, so it lives here.
private let completionProvider = Mutex<CompletionProvider?>(nil)

/// Whether `rl_initialize` has run; libedit's state is process-wide.
private let initialized = Mutex<Bool>(false)

/// Thin calls into libedit's readline-compatible API; all of its state is process-wide.
enum LibEdit {
    /// Sets up libedit once: locale, program name, completion callback.
    static func initialize() {
        initialized.withLock { done in
            guard !done else { return }
            done = true
            useUTF8Locale()
            // libedit keeps this pointer; the copy is never freed on purpose.
            rl_readline_name = UnsafePointer(strdup("tfcsh"))
            // libedit's own handlers would switch the terminal to cooked mode and re-send the
            // signal to the whole process group; the read function below handles Ctrl-C.
            rl_catch_signals = 0
            rl_getc_function = { stream in
                LibEdit.readCharacter(from: stream)
            }
            rl_initialize()
            using_history()
            rl_attempted_completion_function = { text, _, _ in
                LibEdit.complete(text: text)
            }
        }
    }

    /// Takes the locale from the environment, falling back to C.UTF-8 for character handling
    /// when that is not UTF-8: in the plain C locale libedit mangles non-ASCII input.
    private static func useUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        if codeset.uppercased() != "UTF-8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// Reads one character of input for libedit, as a Unicode scalar value; EOF when Ctrl-C
    /// interrupted the read, so readline returns at once instead of retrying.
    ///
    /// libedit takes what this returns as a whole wide character, so UTF-8 is decoded here.
    private static func readCharacter(from stream: UnsafeMutablePointer<FILE>?) -> Int32 {
        let descriptor = stream.map(fileno) ?? STDIN_FILENO
        guard let lead = readByte(descriptor) else { return EOF }
        let length = UTF8Decoding.sequenceLength(lead: lead)
        var bytes = [lead]
        while bytes.count < length {
            guard let next = readByte(descriptor) else { return EOF }
            bytes.append(next)
        }
        return Int32(UTF8Decoding.scalar(bytes).value)
    }

    /// One byte from `descriptor`, or nil at end of input, on error, or after Ctrl-C.
    private static func readByte(_ descriptor: Int32) -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = read(descriptor, &byte, 1)
            if count == 1 { return byte }
            if count < 0 && errno == EINTR && !InterruptTrap.isPending { continue }
            return nil
        }
    }

    /// Replaces the completion provider used by Tab.
    static func setCompletionProvider(_ provider: CompletionProvider?) {
        completionProvider.withLock { $0 = provider }
    }

    /// Reads one line with editing; nil on Ctrl-D on an empty line or when interrupted.
    static func readLine(prompt: String) -> String? {
        guard let raw = readline(prompt) else { return nil }
        defer { free(raw) }
        return String(cString: raw)
    }

    /// Replaces libedit's in-memory history, which Up, Down and Ctrl-R search.
    static func setHistory(_ entries: [String], limit: Int) {
        clear_history()
        stifle_history(Int32(clamping: limit))
        for entry in entries {
            add_history(entry)
        }
    }

    /// Appends one entry to libedit's in-memory history.
    static func addHistory(_ entry: String) {
        add_history(entry)
    }

    /// The completion callback: asks the provider and hands readline a malloc'd match array.
    private static func complete(
        text: UnsafePointer<CChar>?
    ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        // Stop libedit from falling back to file name completion.
        rl_attempted_completion_over = 1
        guard let provider = completionProvider.withLock({ $0 }) else { return nil }
        let word = text.map { String(cString: $0) } ?? ""
        let line = rl_line_buffer.map { String(cString: $0) } ?? ""
        let matches = Completion.readlineMatches(provider(line, word), word: word)
        guard !matches.isEmpty else { return nil }
        return cStringArray(matches)
    }

    /// A NULL-terminated array of `strdup`'d strings, allocated with malloc because readline
    /// frees it with free.
    private static func cStringArray(
        _ strings: [String]
    ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? {
        let size = MemoryLayout<UnsafeMutablePointer<CChar>?>.stride * (strings.count + 1)
        guard let raw = malloc(size) else { return nil }
        let array = raw.bindMemory(
            to: UnsafeMutablePointer<CChar>?.self,
            capacity: strings.count + 1
        )
        for (index, string) in strings.enumerated() {
            array[index] = strdup(string)
        }
        array[strings.count] = nil
        return array
    }
}

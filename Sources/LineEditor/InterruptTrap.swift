import Synchronization

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Incremented by the SIGINT handler; waiters compare it with the value they started from.
private let interruptCount = Atomic<Int>(0)
/// Set by the SIGINT handler; cleared by whoever handles the interrupt.
private let interruptPending = Atomic<Bool>(false)
/// Whether the handler is installed, so `install()` can be called from anywhere.
private let handlerInstalled = Atomic<Bool>(false)
/// The thread blocked in a terminal read, or 0; Ctrl-C is forwarded there to interrupt it.
private let readerThread = Atomic<UInt>(0)

/// Turns Ctrl-C into a flag instead of a dead process, so a wait or a prompt can be stopped.
///
/// One SIGINT handler serves the whole process: the line editor reads it to tell Ctrl-C from
/// end of input, and other code awaits it to stop a long wait ("watch a run until Ctrl-C").
public enum InterruptTrap {
    /// Installs the SIGINT handler once; later calls do nothing.
    public static func install() {
        // Touch the atomics first so their lazy initialization never runs inside the handler.
        _ = interruptCount.load(ordering: .relaxed)
        interruptPending.store(false, ordering: .relaxed)
        let (exchanged, _) = handlerInstalled.compareExchange(
            expected: false,
            desired: true,
            ordering: .sequentiallyConsistent
        )
        guard exchanged else { return }

        var action = sigaction()
        action.__sigaction_handler.sa_handler = { signal in
            // The kernel picks any thread; only the reader's blocked read must fail with EINTR.
            let reader = readerThread.load(ordering: .sequentiallyConsistent)
            if reader != 0 && pthread_equal(pthread_self(), reader) == 0 {
                pthread_kill(reader, signal)
                return
            }
            interruptPending.store(true, ordering: .sequentiallyConsistent)
            interruptCount.wrappingAdd(1, ordering: .sequentiallyConsistent)
        }
        sigemptyset(&action.sa_mask)
        // No SA_RESTART: a blocked read must fail with EINTR so readline returns to us.
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    /// Marks the calling thread as the one blocked reading the terminal until `body` returns,
    /// so Ctrl-C interrupts its read whichever thread the kernel delivers the signal to.
    ///
    /// Dispatch's worker threads, and threads they start, block SIGINT; the reader unblocks it
    /// for the read, then forgets any Ctrl-C that was left over from before the read began.
    static func whileReading<T>(_ body: () -> T) -> T {
        var interruptOnly = sigset_t()
        sigemptyset(&interruptOnly)
        sigaddset(&interruptOnly, SIGINT)
        var previousMask = sigset_t()
        readerThread.store(pthread_self(), ordering: .sequentiallyConsistent)
        pthread_sigmask(SIG_UNBLOCK, &interruptOnly, &previousMask)
        clear()
        defer {
            // Stop forwarding first, so a late Ctrl-C lands while the signal is still unblocked.
            readerThread.store(0, ordering: .sequentiallyConsistent)
            pthread_sigmask(SIG_SETMASK, &previousMask, nil)
        }
        return body()
    }

    /// Whether a Ctrl-C arrived that nobody has handled yet.
    public static var isPending: Bool {
        interruptPending.load(ordering: .sequentiallyConsistent)
    }

    /// How many Ctrl-C presses the process has seen since the handler was installed.
    public static var count: Int {
        interruptCount.load(ordering: .sequentiallyConsistent)
    }

    /// Forgets a pending Ctrl-C, for example before starting a new wait.
    public static func clear() {
        interruptPending.store(false, ordering: .sequentiallyConsistent)
    }

    /// Returns whether a Ctrl-C was pending and clears it.
    public static func consume() -> Bool {
        interruptPending.exchange(false, ordering: .sequentiallyConsistent)
    }

    /// Suspends until the next Ctrl-C after this call starts; throws `CancellationError` if the
    /// task is cancelled first.
    public static func wait(pollInterval: Duration = .milliseconds(50)) async throws {
        install()
        let start = count
        while count == start {
            try await Task.sleep(for: pollInterval)
        }
        clear()
    }

    /// Runs `operation` until it finishes or Ctrl-C is pressed; returns nil when interrupted,
    /// after cancelling the operation.
    public static func runUntilInterrupted<T: Sendable>(
        pollInterval: Duration = .milliseconds(50),
        _ operation: @escaping @Sendable () async throws -> T
    ) async throws -> T? {
        install()
        return try await withThrowingTaskGroup(of: T?.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await wait(pollInterval: pollInterval)
                return nil
            }
            defer { group.cancelAll() }
            return try await group.next() ?? nil
        }
    }
}

import Foundation
import Synchronization

#if canImport(Glibc)
    @preconcurrency import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The first stop signal caught, or 0; written by the handler, read by the waiter.
private let caughtSignal = Atomic<Int32>(0)
/// Stop signals caught so far; the second one ends the process at once.
private let caughtCount = Atomic<Int>(0)

/// Waits for SIGINT or SIGTERM, which no longer end the process once it is made; a second
/// one ends it at once, whatever it is doing (a clean stop that hangs can always be cut short).
///
/// A plain `sigaction` handler is in place before the initializer returns, so a signal sent
/// the moment the server has announced itself is never lost (a dispatch source is armed
/// later, on another thread, and one sent before that would be ignored).
final class SignalWaiter {
    /// Installs the handler for `signals`.
    init(signals: [Int32]) {
        caughtSignal.store(0, ordering: .sequentiallyConsistent)
        caughtCount.store(0, ordering: .sequentiallyConsistent)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { number in
            let count = caughtCount.add(1, ordering: .sequentiallyConsistent).newValue
            guard count == 1 else {
                // Only async-signal-safe calls here: write(2) and _exit(2).
                let message: StaticString = "Stopping at once.\n"
                _ = write(2, message.utf8Start, message.utf8CodeUnitCount)
                _exit(128 + number)
            }
            caughtSignal.store(number, ordering: .sequentiallyConsistent)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        for number in signals {
            sigaction(number, &action, nil)
        }
    }

    /// The first signal that arrives, checked ten times a second.
    func wait() async -> Int32 {
        while true {
            let number = caughtSignal.load(ordering: .sequentiallyConsistent)
            if number != 0 { return number }
            try? await Task.sleep(for: .milliseconds(100))
        }
    }
}

import Foundation

/// Why the sandbox server could not start or be set up; each message says what to do.
public enum ServerError: Error, Equatable, LocalizedError {
    /// The port is taken or cannot be bound.
    case cannotListen(host: String, port: Int)
    /// The listening address is not an IPv4 address.
    case badHost(String)
    /// One item of `--faults` is not of the form the option takes.
    case badFaultSpec(String)
    /// The fault rates add up to more than one.
    case faultRatesOverOne(String)

    /// What happened and what to do.
    public var errorDescription: String? {
        switch self {
        case .cannotListen(let host, let port):
            return "Cannot listen on \(host):\(port): the port may be in use. Pick another "
                + "with --port N, or --port 0 for any free port."
        case .badHost(let host):
            return "'\(host)' is not an IPv4 address to listen on; use 127.0.0.1 (the default)."
        case .badFaultSpec(let item):
            return "'\(item)' is not a fault: write KIND=RATE with KIND one of 429, 500, drop, "
                + "slow (slow=0.2@1500ms sets the delay) and RATE from 0 to 1 or a percentage, "
                + "or seed=N."
        case .faultRatesOverOne(let spec):
            return "The fault rates in '\(spec)' add up to more than 1; lower them."
        }
    }
}

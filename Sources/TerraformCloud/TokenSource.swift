/// Where a token was found.
public enum TokenSource: Sendable, Equatable, CustomStringConvertible {
    /// An environment variable, by name (`TFE_TOKEN`, `TF_TOKEN_app_terraform_io`).
    case environment(String)
    /// The Terraform CLI credentials file, by path.
    case credentialsFile(String)
    /// Given directly by the caller.
    case explicit

    /// Where the token came from, in words.
    public var description: String {
        switch self {
        case .environment(let name): return "the environment variable \(name)"
        case .credentialsFile(let path): return path
        case .explicit: return "the command line"
        }
    }
}

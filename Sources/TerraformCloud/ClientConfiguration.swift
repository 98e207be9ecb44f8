import Foundation

/// Where the API is, who the client is, and which organization it works in.
public struct ClientConfiguration: Sendable, Equatable {
    /// The default address, HCP Terraform's.
    public static let defaultAddress = "https://app.terraform.io"
    /// The default `User-Agent`.
    public static let defaultUserAgent = "tfcsh/0.1"

    /// The origin of the service (scheme, host and port; any path is dropped).
    public let address: URL
    /// The API token, if one was found.
    public var token: APIToken?
    /// Where the token came from, for `tfcsh` to tell the user (never the value).
    public var tokenSource: TokenSource?
    /// The default organization for operations that take one.
    public var organization: String?
    /// The `User-Agent` sent with each request.
    public var userAgent: String

    /// Creates a configuration; the address must be an http or https URL with a host.
    public init(
        address: String = ClientConfiguration.defaultAddress,
        token: APIToken? = nil,
        tokenSource: TokenSource? = nil,
        organization: String? = nil,
        userAgent: String = ClientConfiguration.defaultUserAgent
    ) throws {
        self.address = try Self.origin(of: address)
        self.token = token.flatMap { $0.isEmpty ? nil : $0 }
        self.tokenSource = self.token == nil ? nil : tokenSource
        self.organization = organization.flatMap { $0.isEmpty ? nil : $0 }
        self.userAgent = userAgent
    }

    /// The root of API v2 (`<address>/api/v2`).
    public var apiBaseURL: URL {
        address.appendingPathComponent("api").appendingPathComponent("v2")
    }

    /// The host name, lower case, without port.
    public var host: String { address.host?.lowercased() ?? "" }

    /// Whether the address is plain http to a host other than loopback.
    public var isInsecure: Bool {
        address.scheme == "http" && !Self.isLoopback(host: host)
    }

    /// Throws unless a token may be sent to the address.
    public func checkTokenTransport() throws {
        if token != nil, isInsecure {
            throw TerraformCloudError.insecureAddress(address.absoluteString)
        }
    }

    /// Whether `url` has the same scheme, host and port as the address.
    func isSameOrigin(_ url: URL) -> Bool {
        let port = url.port ?? Self.defaultPort(url.scheme)
        let ownPort = address.port ?? Self.defaultPort(address.scheme)
        return url.scheme?.lowercased() == address.scheme?.lowercased()
            && url.host?.lowercased() == address.host?.lowercased() && port == ownPort
    }

    /// Whether `host` is loopback: `localhost`, 127.0.0.0/8 or `::1`.
    public static func isLoopback(host: String) -> Bool {
        let bare = host.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "[]"))
        if bare == "localhost" || bare.hasSuffix(".localhost") || bare == "::1" {
            return true
        }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets[0] == "127" else { return false }
        return octets.allSatisfy { UInt8($0) != nil }
    }

    private static func defaultPort(_ scheme: String?) -> Int? {
        switch scheme?.lowercased() {
        case "https": return 443
        case "http": return 80
        default: return nil
        }
    }

    private static func origin(of text: String) throws -> URL {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed
        guard var parts = URLComponents(string: withScheme) else {
            throw TerraformCloudError.invalidAddress(text, reason: "it is not a URL")
        }
        guard let scheme = parts.scheme?.lowercased(), ["http", "https"].contains(scheme) else {
            throw TerraformCloudError.invalidAddress(text, reason: "the scheme must be https")
        }
        guard let host = parts.host, !host.isEmpty else {
            throw TerraformCloudError.invalidAddress(text, reason: "it has no host")
        }
        // go-tfe replaces any path in the address with /api/v2, so only the origin counts.
        parts.scheme = scheme
        parts.path = ""
        parts.query = nil
        parts.fragment = nil
        parts.user = nil
        parts.password = nil
        guard let url = parts.url else {
            throw TerraformCloudError.invalidAddress(text, reason: "it is not a URL")
        }
        return url
    }
}

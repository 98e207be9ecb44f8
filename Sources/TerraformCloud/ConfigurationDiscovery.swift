import Foundation

extension ClientConfiguration {
    /// Builds the configuration the way Terraform's tools do.
    ///
    /// Address: `TFE_ADDRESS`, else `https://<TFE_HOSTNAME>`, else HCP Terraform. Token:
    /// `TFE_TOKEN`, then `TF_TOKEN_<host>` (dots as `_`, hyphens as `__`), then
    /// `<home>/.terraform.d/credentials.tfrc.json`. Organization: `TFE_ORGANIZATION`.
    public static func discover(
        environment: [String: String],
        homeDirectory: URL
    ) throws -> ClientConfiguration {
        let address = discoveredAddress(environment)
        var configuration = try ClientConfiguration(
            address: address,
            organization: environment["TFE_ORGANIZATION"]
        )
        if let (token, source) = try discoveredToken(
            environment: environment,
            host: configuration.host,
            port: configuration.address.port,
            homeDirectory: homeDirectory
        ) {
            configuration.token = token
            configuration.tokenSource = source
        }
        return configuration
    }

    private static func discoveredAddress(_ environment: [String: String]) -> String {
        if let address = environment["TFE_ADDRESS"], !address.isEmpty {
            return address
        }
        if let hostname = environment["TFE_HOSTNAME"], !hostname.isEmpty {
            return "https://" + hostname
        }
        return defaultAddress
    }

    private static func discoveredToken(
        environment: [String: String],
        host: String,
        port: Int?,
        homeDirectory: URL
    ) throws -> (APIToken, TokenSource)? {
        if let value = environment["TFE_TOKEN"], !APIToken(value).isEmpty {
            return (APIToken(value), .environment("TFE_TOKEN"))
        }
        if let (name, value) = hostTokenVariable(environment, host: host) {
            return (APIToken(value), .environment(name))
        }
        let file = CredentialsFile.defaultURL(homeDirectory: homeDirectory)
        guard let token = try CredentialsFile.token(at: file, host: host, port: port) else {
            return nil
        }
        return (token, .credentialsFile(file.path))
    }

    /// The name Terraform gives the token variable for `host`: `TF_TOKEN_app_terraform_io`.
    public static func hostTokenVariableName(host: String) -> String {
        let encoded = host.lowercased()
            .replacingOccurrences(of: "-", with: "__")
            .replacingOccurrences(of: ".", with: "_")
        return "TF_TOKEN_" + encoded
    }

    private static func hostTokenVariable(
        _ environment: [String: String],
        host: String
    ) -> (String, String)? {
        let wanted = hostTokenVariableName(host: host).lowercased()
        // Terraform compares host names case-insensitively, so the variable's case is free.
        let match = environment.first { key, value in
            key.lowercased() == wanted && !APIToken(value).isEmpty
        }
        return match.map { ($0.key, $0.value) }
    }
}

/// The Terraform CLI's `credentials.tfrc.json`, as `terraform login` writes it.
public enum CredentialsFile {
    /// `<home>/.terraform.d/credentials.tfrc.json`.
    public static func defaultURL(homeDirectory: URL) -> URL {
        homeDirectory.appendingPathComponent(".terraform.d")
            .appendingPathComponent("credentials.tfrc.json")
    }

    /// The token stored for `host` (or `host:port`); `nil` when the file or entry is absent.
    public static func token(at file: URL, host: String, port: Int? = nil) throws -> APIToken? {
        guard FileManager.default.fileExists(atPath: file.path) else { return nil }
        let credentials = try entries(at: file)
        let keys = (port.map { ["\(host):\($0)"] } ?? []) + [host]
        for key in keys {
            let entry = credentials.first { $0.key.lowercased() == key }?.value
            guard let entry else { continue }
            guard let token = entry["token"]?.stringValue, !APIToken(token).isEmpty else {
                throw TerraformCloudError.malformedCredentials(
                    path: file.path,
                    reason: "the entry for \(key) has no \"token\" string"
                )
            }
            return APIToken(token)
        }
        return nil
    }

    private static func entries(at file: URL) throws -> [String: JSONValue] {
        let json: JSONValue
        do {
            json = try JSONValue.parse(Data(contentsOf: file))
        } catch {
            throw TerraformCloudError.malformedCredentials(
                path: file.path,
                reason: "it is not valid JSON"
            )
        }
        guard json.objectValue != nil else {
            throw TerraformCloudError.malformedCredentials(
                path: file.path,
                reason: "it is not a JSON object"
            )
        }
        guard let credentials = json["credentials"] else { return [:] }
        guard let object = credentials.objectValue else {
            throw TerraformCloudError.malformedCredentials(
                path: file.path,
                reason: "\"credentials\" is not an object of host names"
            )
        }
        return object
    }
}

import Foundation
import TerraformCloud
import Testing

@Suite("Configuration is discovered the way Terraform's tools do it")
struct CredentialDiscoveryTests {
    /// A fresh home directory, optionally with a credentials file.
    private func home(credentials: String? = nil) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("tfcsh-home-\(UUID().uuidString)")
        let folder = url.appendingPathComponent(".terraform.d")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        if let credentials {
            try Data(credentials.utf8).write(
                to: folder.appendingPathComponent("credentials.tfrc.json")
            )
        }
        return url
    }

    private let fileWithToken = #"{"credentials": {"app.terraform.io": {"token": "from-file"}}}"#

    @Test("TFE_TOKEN comes first")
    func tfeTokenFirst() throws {
        let configuration = try ClientConfiguration.discover(
            environment: ["TFE_TOKEN": "from-tfe", "TF_TOKEN_app_terraform_io": "from-host"],
            homeDirectory: home(credentials: fileWithToken)
        )
        #expect(configuration.token?.secret == "from-tfe")
        #expect(configuration.tokenSource == .environment("TFE_TOKEN"))
    }

    @Test("TF_TOKEN_<host> comes before the credentials file")
    func hostVariable() throws {
        let configuration = try ClientConfiguration.discover(
            environment: ["TF_TOKEN_app_terraform_io": "from-host"],
            homeDirectory: home(credentials: fileWithToken)
        )
        #expect(configuration.token?.secret == "from-host")
        #expect(configuration.tokenSource == .environment("TF_TOKEN_app_terraform_io"))
    }

    @Test(
        "host variable names write dots as '_' and hyphens as '__'",
        arguments: [
            ("app.terraform.io", "TF_TOKEN_app_terraform_io"),
            ("tfe.my-company.example", "TF_TOKEN_tfe_my__company_example"),
        ]
    )
    func hostVariableNames(host: String, name: String) throws {
        #expect(ClientConfiguration.hostTokenVariableName(host: host) == name)
        let configuration = try ClientConfiguration.discover(
            environment: ["TFE_ADDRESS": "https://\(host)", name: "tok"],
            homeDirectory: home()
        )
        #expect(configuration.token?.secret == "tok")
    }

    @Test("a blank TFE_TOKEN falls through; the host variable's case is free")
    func blankAndCase() throws {
        let configuration = try ClientConfiguration.discover(
            environment: ["TFE_TOKEN": "  \n", "TF_TOKEN_APP_TERRAFORM_IO": "from-upper"],
            homeDirectory: home(credentials: fileWithToken)
        )
        #expect(configuration.token?.secret == "from-upper")
        #expect(configuration.tokenSource == .environment("TF_TOKEN_APP_TERRAFORM_IO"))
        let blankHost = try ClientConfiguration.discover(
            environment: ["TFE_TOKEN": "", "TF_TOKEN_app_terraform_io": " "],
            homeDirectory: home(credentials: fileWithToken)
        )
        #expect(blankHost.token?.secret == "from-file")
    }

    @Test("a credentials entry for host:port wins over the bare host on that port")
    func hostAndPort() throws {
        let file = """
            {"credentials": {"tfe.example:8443": {"token": "with-port"},
                             "tfe.example": {"token": "bare"}}}
            """
        let withPort = try ClientConfiguration.discover(
            environment: ["TFE_ADDRESS": "https://tfe.example:8443"],
            homeDirectory: home(credentials: file)
        )
        #expect(withPort.token?.secret == "with-port")
        let bare = try ClientConfiguration.discover(
            environment: ["TFE_ADDRESS": "https://tfe.example"],
            homeDirectory: home(credentials: file)
        )
        #expect(bare.token?.secret == "bare")
    }

    @Test("the credentials file is read for the configured host")
    func credentialsFile() throws {
        let homeURL = try home(credentials: fileWithToken)
        let configuration = try ClientConfiguration.discover(
            environment: [:],
            homeDirectory: homeURL
        )
        #expect(configuration.token?.secret == "from-file")
        guard case .credentialsFile(let path) = configuration.tokenSource else {
            Issue.record("expected the credentials file as the source")
            return
        }
        #expect(path.hasSuffix(".terraform.d/credentials.tfrc.json"))

        let other = try ClientConfiguration.discover(
            environment: ["TFE_ADDRESS": "https://tfe.example.com"],
            homeDirectory: homeURL
        )
        #expect(other.token == nil)
    }

    @Test(
        "a malformed credentials file is an error naming the file",
        arguments: [
            "{not json", #"["a"]"#, #"{"credentials": "x"}"#,
            #"{"credentials": {"app.terraform.io": {"tok": "x"}}}"#,
        ]
    )
    func malformedFile(contents: String) throws {
        let homeURL = try home(credentials: contents)
        do {
            _ = try ClientConfiguration.discover(environment: [:], homeDirectory: homeURL)
            Issue.record("expected an error")
        } catch let error as TerraformCloudError {
            guard case .malformedCredentials(let path, _) = error else {
                Issue.record("unexpected error \(error)")
                return
            }
            #expect(path.hasSuffix("credentials.tfrc.json"))
            #expect(error.localizedDescription.contains(path))
            #expect(error.localizedDescription.contains("terraform login"))
        }
    }

    @Test("no token anywhere leaves the token unset")
    func noToken() throws {
        let configuration = try ClientConfiguration.discover(
            environment: [:],
            homeDirectory: home()
        )
        #expect(configuration.token == nil)
        #expect(configuration.tokenSource == nil)
    }

    @Test("address from TFE_ADDRESS, then TFE_HOSTNAME, then HCP Terraform; organization too")
    func addressAndOrganization() throws {
        let homeURL = try home()
        let fromAddress = try ClientConfiguration.discover(
            environment: [
                "TFE_ADDRESS": "https://tfe.example.com/some/path", "TFE_HOSTNAME": "x.io",
            ],
            homeDirectory: homeURL
        )
        #expect(fromAddress.apiBaseURL.absoluteString == "https://tfe.example.com/api/v2")
        let fromHostname = try ClientConfiguration.discover(
            environment: ["TFE_HOSTNAME": "tfe.internal", "TFE_ORGANIZATION": "example-org"],
            homeDirectory: homeURL
        )
        #expect(fromHostname.address.absoluteString == "https://tfe.internal")
        #expect(fromHostname.organization == "example-org")
        let standard = try ClientConfiguration.discover(environment: [:], homeDirectory: homeURL)
        #expect(standard.address.absoluteString == "https://app.terraform.io")
        #expect(standard.organization == nil)
        #expect(throws: TerraformCloudError.self) {
            _ = try ClientConfiguration.discover(
                environment: ["TFE_ADDRESS": "ftp://x"],
                homeDirectory: homeURL
            )
        }
    }
}

import Foundation

/// A user of the sandbox organization; the first one is the sandbox's own account.
struct SandboxUser: Sendable {
    /// `user-...`.
    var id: String
    /// The display name (`CI/CD Pipeline` for the service account).
    var username: String
    /// The e-mail address, `nil` for the service account.
    var email: String?
    /// Whether this is a team's service account rather than a person.
    var isServiceAccount: Bool
}

/// One resource in a workspace's state.
struct SandboxResource: Sendable, Equatable {
    /// The full address, such as `module.database.aws_db_subnet_group.main` or `aws_x.y[0]`.
    var address: String
    /// The resource type, such as `aws_rds_cluster`.
    var type: String
    /// The resource name, such as `main`.
    var name: String
    /// The module path without the resource (`root` at the top level).
    var module: String
    /// The count index, if any.
    var index: String?

    /// Parses an address such as `module.db.aws_x.main[1]`.
    init(address: String) {
        self.address = address
        var parts = address.split(separator: ".").map(String.init)
        var nameWithIndex = parts.popLast() ?? address
        let type = parts.popLast() ?? "null_resource"
        if let bracket = nameWithIndex.firstIndex(of: "[") {
            index = String(nameWithIndex[nameWithIndex.index(after: bracket)...].dropLast())
                .trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            nameWithIndex = String(nameWithIndex[..<bracket])
        }
        self.type = type
        name = nameWithIndex
        module =
            parts.isEmpty
            ? "root"
            : parts.enumerated().filter { $0.offset % 2 == 1 }
                .map(\.element).joined(separator: ".")
    }

    /// The provider source, from the type's prefix.
    var provider: String {
        "hashicorp/\(type.split(separator: "_").first.map(String.init) ?? "aws")"
    }

    /// Whether `target` (a `-target` address) selects this resource.
    func isSelected(by target: String) -> Bool {
        address == target || address.hasPrefix(target + ".") || address.hasPrefix(target + "[")
    }
}

/// What a plan does to one resource.
enum ChangeAction: String, Sendable {
    case create
    case update
    case delete
}

/// One planned resource change.
struct PlannedChange: Sendable, Equatable {
    /// The resource address.
    var address: String
    /// What happens to it.
    var action: ChangeAction
}

/// A Terraform variable a workspace declares.
struct DeclaredVariable: Sendable {
    /// The variable name.
    var key: String
    /// The workspace's value (an HCL literal without quotes for strings).
    var value: String
    /// A one-line description.
    var description: String
    /// The values accepted, when the configuration validates against a fixed list.
    var allowed: [String]?
    /// Whether the variable is a bool.
    var isBool: Bool = false
    /// Addresses updated in place when a run sets a different value.
    var affects: [String] = []
}

/// A configuration version with the VCS commit it came from.
struct ConfigurationVersion: Sendable {
    /// `cv-...`.
    var id: String
    /// `ia-...`, the ingress attributes' ID.
    var ingressID: String
    /// The full commit SHA.
    var commitSHA: String
    /// The commit message's first line.
    var commitMessage: String
    /// The VCS user who pushed the commit.
    var sender: String
    /// The repository, `owner/name`.
    var repository: String
    /// When it was uploaded.
    var createdAt: Date
    /// Whether it came from a VCS webhook (`tfe-configuration-version`) or the API.
    var source: String
}

/// A comment on a run.
struct RunComment: Sendable {
    /// `wsc-...`.
    var id: String
    /// `re-...`, the run event the comment belongs to.
    var eventID: String
    /// The text.
    var body: String
    /// The run commented on.
    var runID: String
    /// When it was written.
    var createdAt: Date
}

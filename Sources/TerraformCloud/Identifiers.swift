/// Checks IDs and names before they go into a URL path, so a typo fails fast and no input
/// can reach another endpoint.
public enum Identifiers {
    /// Throws unless `id` is `run-` followed by 16 ASCII letters or digits.
    public static func validateRunID(_ id: String) throws {
        guard id.hasPrefix("run-"), id.count == 20, isAlphanumeric(id.dropFirst(4)) else {
            throw TerraformCloudError.invalidIdentifier(
                kind: "run ID",
                value: id,
                rule: "a run ID is 'run-' followed by 16 letters or digits"
            )
        }
    }

    /// Throws unless `id` is `ws-` followed by letters or digits.
    public static func validateWorkspaceID(_ id: String) throws {
        try validatePrefixed(id, prefix: "ws-", kind: "workspace ID")
    }

    /// Throws unless `name` is a workspace name: letters, digits, `-` and `_`, at most 90.
    public static func validateWorkspaceName(_ name: String) throws {
        guard isName(name), name.count <= 90 else {
            throw TerraformCloudError.invalidIdentifier(
                kind: "workspace name",
                value: name,
                rule: "workspace names use only letters, digits, '-' and '_'"
            )
        }
    }

    /// Throws unless `name` is an organization name: letters, digits, `-` and `_`.
    public static func validateOrganizationName(_ name: String) throws {
        guard isName(name) else {
            throw TerraformCloudError.invalidIdentifier(
                kind: "organization name",
                value: name,
                rule: "organization names use only letters, digits, '-' and '_'"
            )
        }
    }

    /// Throws unless `id` is `<prefix>` followed by letters or digits.
    public static func validatePrefixed(_ id: String, prefix: String, kind: String) throws {
        guard id.hasPrefix(prefix), id.count > prefix.count,
            isAlphanumeric(id.dropFirst(prefix.count))
        else {
            throw TerraformCloudError.invalidIdentifier(
                kind: kind,
                value: id,
                rule: "it should be '\(prefix)' followed by letters or digits"
            )
        }
    }

    /// Whether `id` is a well-formed run ID.
    public static func isRunID(_ id: String) -> Bool {
        (try? validateRunID(id)) != nil
    }

    private static func isName(_ text: String) -> Bool {
        !text.isEmpty
            && text.unicodeScalars.allSatisfy {
                $0.isASCIILetterOrDigit || $0 == "-" || $0 == "_"
            }
    }

    private static func isAlphanumeric(_ text: Substring) -> Bool {
        text.unicodeScalars.allSatisfy(\.isASCIILetterOrDigit)
    }
}

extension Unicode.Scalar {
    /// Whether this is `a`-`z`, `A`-`Z` or `0`-`9`; other Unicode letters do not count.
    var isASCIILetterOrDigit: Bool {
        ("a"..."z").contains(self) || ("A"..."Z").contains(self) || ("0"..."9").contains(self)
    }
}

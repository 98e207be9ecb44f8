import Foundation

/// Checks run variables against the workspace's declared variables, as `terraform plan` would.
enum VariableCheck {
    /// The plan error for the first bad variable, or `nil` when all are acceptable.
    static func failure(
        for variables: [(key: String, value: String)],
        in workspace: SandboxWorkspace
    ) -> String? {
        for variable in variables {
            guard let declared = workspace.variables.first(where: { $0.key == variable.key }) else {
                return "Value for undeclared variable '\(variable.key)'"
            }
            let value = unquoted(variable.value)
            if let allowed = declared.allowed, !allowed.contains(value) {
                return "Invalid value for variable '\(variable.key)'"
            }
            if declared.isBool && value != "true" && value != "false" {
                return "Invalid value for variable '\(variable.key)'"
            }
        }
        return nil
    }

    /// A value with the quotes of an HCL string literal removed (`"\"t3.large\""` -> `t3.large`).
    static func unquoted(_ value: String) -> String {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        guard trimmed.count >= 2, trimmed.hasPrefix("\""), trimmed.hasSuffix("\"") else {
            return trimmed
        }
        return String(trimmed.dropFirst().dropLast())
    }

    /// Why the value is refused, for the log's detail lines.
    static func detail(for key: String, in workspace: SandboxWorkspace) -> String {
        guard let declared = workspace.variables.first(where: { $0.key == key }) else {
            return "A variable named \"\(key)\" was assigned, but the configuration does not "
                + "declare a variable of that name."
        }
        if let allowed = declared.allowed {
            return "The instance type must be one of: \(allowed.joined(separator: ", "))."
        }
        return "The value must be true or false."
    }
}

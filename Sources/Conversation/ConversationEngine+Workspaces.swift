import Foundation
import Intents
import TerraformCloud

extension ConversationEngine {
    /// A workspace the sentence named, resolved to its ID (from the client's cache when known).
    struct ResolvedWorkspace: Sendable {
        var name: String
        var id: String
        var organization: String
    }

    /// Resolves `name` in `organization`, recording the lookup when a request was needed.
    ///
    /// An unknown name fails with a reply that suggests the nearest known name.
    func resolveWorkspace(_ name: String, organization: String) async throws -> ResolvedWorkspace {
        if let id = client.cachedWorkspaceID(named: name, organization: organization) {
            return ResolvedWorkspace(name: name, id: id, organization: organization)
        }
        let arguments: [Call.Argument] = [
            .init("organization", .string(organization)), .init("workspace_name", .string(name)),
        ]
        do {
            let workspace = try await call("get_workspace_details", arguments) {
                try await client.workspace(named: name, organization: organization)
            }
            return ResolvedWorkspace(
                name: workspace.name,
                id: workspace.id,
                organization: organization
            )
        } catch TerraformCloudError.notFound {
            throw await unknownWorkspace(name, in: organization)
        } catch TerraformCloudError.invalidIdentifier {
            throw await unknownWorkspace(name, in: organization)
        }
    }

    /// The error for a workspace name that `organization` does not have, with suggestions.
    func unknownWorkspace(_ name: String, in organization: String) async -> ConversationError {
        .unknownWorkspace(
            name: name,
            organization: organization,
            suggestions: await suggestions(for: name, in: organization),
            completes: completesNames
        )
    }

    /// The known workspace names nearest to `name`: every name it starts (when it is a prefix
    /// of several), else the nearest one when it is near enough to suggest.
    func suggestions(for name: String, in organization: String) async -> [String] {
        let names = await knownWorkspaces(in: organization)
        let lowered = name.lowercased()
        if lowered.count >= 2 {
            let extending = names.filter { $0.lowercased().hasPrefix(lowered) }
            if extending.count > 1 {
                return extending
            }
        }
        let scored = names.map { ($0, NameDistance.between(lowered, $0.lowercased())) }
        guard let best = scored.min(by: { ($0.1, $0.0) < ($1.1, $1.0) }) else {
            return []
        }
        let limit = max(2, name.count / 3)
        if best.1 <= limit {
            return [best.0]
        }
        // "staging-eu" for "staging": a known name that the typed one starts with.
        let prefix = names.filter { $0.count >= 4 && lowered.hasPrefix($0.lowercased()) }
            .max { $0.count < $1.count }
        return prefix.map { [$0] } ?? []
    }

    /// Workspace names the matcher corrected from a near miss, as typed and as corrected.
    func correctedNames(_ arguments: IntentArguments) -> [(typed: String, name: String)] {
        (arguments.typedWorkspaceNames ?? [:]).map { (typed: $0.value, name: $0.key) }
            .sorted { $0.typed < $1.typed }
    }

    /// The workspace a sentence is about: the one it names, else the one in focus.
    func workspaceName(_ arguments: IntentArguments) -> String? {
        arguments.workspaceName ?? context.lastWorkspace
    }
}

/// Edit distance between two short names, for suggestions.
enum NameDistance {
    static func between(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            previous = current
        }
        return previous[b.count]
    }
}

/// Why the conversation could not do what was asked, in words the user can act on.
public enum ConversationError: Error, LocalizedError, Equatable {
    /// No workspace of that name is visible; `suggestions` are the nearest known names, and
    /// `completes` says whether the user can complete names with Tab (in the interactive shell).
    case unknownWorkspace(
        name: String,
        organization: String,
        suggestions: [String],
        completes: Bool
    )
    /// The sentence needs a workspace and none was named or in focus.
    case noWorkspace(action: String)

    /// What happened and what to do next.
    public var errorDescription: String? {
        switch self {
        case .unknownWorkspace(let name, let organization, let suggestions, let completes):
            let hint: String
            if let only = suggestions.first, suggestions.count == 1 {
                hint = " Did you mean \(only)?"
            } else if let last = suggestions.last, suggestions.count > 1 {
                hint = " Did you mean \(suggestions.dropLast().joined(separator: ", ")) or \(last)?"
            } else {
                hint =
                    completes
                    ? " Check the name; Tab completes workspace names." : " Check the name."
            }
            return "No workspace named '\(name)' in \(organization).\(hint)"
        case .noWorkspace(let action):
            return "Which workspace should I \(action)? Name it, as in '\(action) in staging'."
        }
    }
}

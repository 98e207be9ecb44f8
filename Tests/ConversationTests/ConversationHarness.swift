import Conversation
import Foundation
import Sandbox
import TFCShell
import TerraformCloud
import Testing

/// A conversation on a fresh sandbox with its clock frozen at the reference date.
struct ConversationHarness {
    let connection: ServiceConnection
    let engine: ConversationEngine

    init(
        confirmer: any Confirmer = AlwaysConfirm(),
        wrap: (any HTTPTransport) -> any HTTPTransport = { $0 }
    ) throws {
        connection = try ServiceConnection.sandbox(now: Sandbox.referenceDate, wrap: wrap)
        engine = ConversationEngine(
            client: connection.client,
            organization: connection.organization,
            confirmer: confirmer,
            waiter: connection.waiter,
            timeZone: TimeZone(identifier: "UTC") ?? .current
        )
    }

    /// Says `sentence` and returns the reply and the number of requests it cost.
    func say(_ sentence: String) async -> (reply: Reply, requests: Int) {
        let before = connection.recorder.count
        let reply = await engine.respond(to: sentence)
        return (reply, connection.recorder.count - before)
    }
}

extension Reply {
    /// Every field of every block, flattened, for assertions.
    var allFields: [Field] {
        blocks.flatMap { block -> [Field] in
            switch block {
            case .fields(_, let fields): return fields
            case .items(let items): return items.flatMap(\.fields)
            case .text: return []
            }
        }
    }

    /// The value of the first field called `label`.
    func field(_ label: String) -> String? {
        allFields.first { $0.label == label }?.value
    }

    /// The IDs of the listed items, in order.
    var itemIDs: [String] {
        blocks.flatMap { block -> [String] in
            if case .items(let items) = block {
                return items.map(\.id)
            }
            return []
        }
    }

    /// The listed item with `id`.
    func item(_ id: String) -> Item? {
        blocks.lazy.compactMap { block -> Item? in
            if case .items(let items) = block {
                return items.first { $0.id == id }
            }
            return nil
        }.first
    }

    /// All the reply's text, as Markdown.
    var text: String {
        MarkdownRenderer().render(self)
    }
}

extension Item {
    /// The value of the field called `label`.
    func field(_ label: String) -> String? {
        fields.first { $0.label == label }?.value
    }
}

/// Whether `id` looks like a run ID.
func isRunID(_ id: String?) -> Bool {
    guard let id, id.hasPrefix("run-") else {
        return false
    }
    let rest = id.dropFirst(4)
    return rest.count == 16 && rest.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
}

/// What tfcsh answers to one sentence, before it is rendered as Markdown, styled text or JSON.
///
/// The shape follows the example conversations: an opening sentence saying what will be done,
/// the API calls as they were made, the result, and a closing line saying what can come next.
public struct Reply: Sendable, Equatable, Encodable {
    /// How the turn ended.
    public enum Outcome: String, Sendable, Encodable {
        /// The request was carried out (or answered).
        case done
        /// tfcsh or the service declined; the reply says why and what to do instead.
        case refused
        /// Something failed; the reply says what and what to do next.
        case failed
        /// The sentence needs a choice or a detail before anything runs.
        case clarify
        /// A destructive step is waiting for a yes or no.
        case confirm
    }

    /// The intent the sentence was matched to (`create_run`, `help`, ...).
    public var intent: String
    /// Things that happened since the last turn, said first (a run that finished planning).
    public var notices: [String]
    /// The first sentence: what will be done.
    public var opening: String
    /// The confirmations asked during the turn, each with its answer (`... [y/N] y`).
    public var confirmations: [String] = []
    /// The API calls made for this reply, in order.
    public var calls: [Call]
    /// The result, block by block.
    public var blocks: [Block]
    /// The closing line: what the user can do next.
    public var closing: String?
    /// How the turn ended.
    public var outcome: Outcome

    /// Creates a reply.
    public init(
        intent: String,
        notices: [String] = [],
        opening: String,
        calls: [Call] = [],
        blocks: [Block] = [],
        closing: String? = nil,
        outcome: Outcome = .done
    ) {
        self.intent = intent
        self.notices = notices
        self.opening = opening
        self.calls = calls
        self.blocks = blocks
        self.closing = closing
        self.outcome = outcome
    }
}

/// One API call as it was made: the tool, its arguments and what it gave back.
public struct Call: Sendable, Equatable, Encodable {
    /// The tool's name, as in the example conversations (`get_workspace_details`).
    public var tool: String
    /// The arguments, in the order they were passed.
    public var arguments: [Argument]
    /// A short account of the result (`run-...`, `5 runs`, `202 Accepted`, an error).
    public var result: String?

    /// Creates a call record.
    public init(tool: String, arguments: [Argument] = [], result: String? = nil) {
        self.tool = tool
        self.arguments = arguments
        self.result = result
    }

    /// One named argument of a call.
    public struct Argument: Sendable, Equatable, Encodable {
        /// The argument's name (`workspace_name`).
        public var name: String
        /// Its value.
        public var value: Value

        /// Creates an argument.
        public init(_ name: String, _ value: Value) {
            self.name = name
            self.value = value
        }
    }

    /// An argument's value: the few kinds the tools take.
    public enum Value: Sendable, Equatable, Encodable {
        /// A string, quoted when shown.
        case string(String)
        /// A boolean.
        case bool(Bool)
        /// A whole number.
        case int(Int)
        /// A list of strings.
        case strings([String])
        /// Key and value pairs, in order (run variables).
        case pairs([KeyValue])

        /// Encodes the plain JSON value.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .string(let value): try container.encode(value)
            case .bool(let value): try container.encode(value)
            case .int(let value): try container.encode(value)
            case .strings(let value): try container.encode(value)
            case .pairs(let value): try container.encode(value)
            }
        }
    }
}

/// A key and its value, kept in the order typed.
public struct KeyValue: Sendable, Equatable, Encodable {
    /// The key.
    public var key: String
    /// The value, as typed.
    public var value: String

    /// Creates a pair.
    public init(key: String, value: String) {
        self.key = key
        self.value = value
    }
}

/// One block of a reply's result.
public enum Block: Sendable, Equatable, Encodable {
    /// A paragraph of prose.
    case text(String)
    /// A titled group of fields (`**Run Details:**` and its bullet list).
    case fields(title: String, fields: [Field])
    /// A numbered list of items (runs), each with fields.
    case items([Item])

    private enum CodingKeys: String, CodingKey {
        case kind, text, title, fields, items
    }

    /// Encodes the block as an object with a `kind`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .text(let text):
            try container.encode("text", forKey: .kind)
            try container.encode(text, forKey: .text)
        case .fields(let title, let fields):
            try container.encode("fields", forKey: .kind)
            try container.encode(title, forKey: .title)
            try container.encode(fields, forKey: .fields)
        case .items(let items):
            try container.encode("items", forKey: .kind)
            try container.encode(items, forKey: .items)
        }
    }
}

/// A label and its value in a block (`Status: Pending`), optionally with a list under it.
public struct Field: Sendable, Equatable, Encodable {
    /// The label, without the colon.
    public var label: String
    /// The value as shown; may be empty when `list` carries it.
    public var value: String
    /// Values shown as a nested list (targets, variables).
    public var list: [String]

    /// Creates a field.
    public init(_ label: String, _ value: String, list: [String] = []) {
        self.label = label
        self.value = value
        self.list = list
    }
}

/// One entry of a numbered list: an ID, a title, and its fields.
public struct Item: Sendable, Equatable, Encodable {
    /// The ID shown in bold (`run-...`).
    public var id: String
    /// The title after the ID (a run's message), without quotes.
    public var title: String?
    /// The fields under it.
    public var fields: [Field]

    /// Creates an item.
    public init(id: String, title: String?, fields: [Field]) {
        self.id = id
        self.title = title
        self.fields = fields
    }
}

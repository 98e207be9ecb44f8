/// What tfcsh can do, with example sentences, for `/help` and for questions about the shell.
public enum HelpText {
    /// One thing tfcsh can do and sentences that ask for it.
    public struct Topic: Sendable, Equatable {
        /// What the sentences do.
        public var title: String
        /// Example sentences.
        public var examples: [String]
    }

    /// Every topic, in the order a newcomer meets them.
    public static let topics: [Topic] = [
        Topic(
            title: "Start runs",
            examples: [
                "Create a plan for production",
                "Create a destroy plan for dev-test",
                "Plan only in staging, do not apply",
                "Run a targeted plan in staging for the database resources",
                "Plan development with instance_type=t3.large",
                "Create a run in sandbox with auto-apply",
            ]
        ),
        Topic(
            title: "Find runs",
            examples: [
                "List runs in production",
                "Show me runs that errored in the last month",
                "Find all destroy runs in my organization",
                "Show runs awaiting approval in staging",
            ]
        ),
        Topic(
            title: "Look closer",
            examples: [
                "Get details for run-J7cW8p2qRmYx3Dkv", "Show the production workspace",
                "Show me the second one", "Watch it",
            ]
        ),
        Topic(
            title: "Act on runs (each asks before it runs)",
            examples: [
                "Apply the pending run for staging",
                "Discard the plan for dev, those changes aren't needed",
                "Cancel run-P8vT5q2nWxYz1Fmb",
                "Force cancel the stuck run in production",
                "Force execute the pending run in deployment",
            ]
        ),
    ]

    /// The help as plain paragraphs: each topic and its examples.
    public static var blocks: [Block] {
        topics.map { topic in
            .fields(title: topic.title, fields: topic.examples.map { Field("\"\($0)\"", "") })
        }
    }
}

import Conversation
import TFCShell
import Testing

@Suite("Rendering a reply")
struct RendererTests {
    private let reply = Reply(
        intent: "create_run",
        notices: ["run-Z6wC3b0yKzLh5Pqm in dev finished planning."],
        opening: "I'll create a plan-only run in your \"production\" workspace.",
        calls: [
            Call(
                tool: "create_run",
                arguments: [
                    .init("workspace_id", .string("ws-abc")),
                    .init("plan_only", .bool(true)),
                    .init("target_addrs", .strings(["module.db"])),
                ],
                result: "run-J7cW8p2qRmYx3Dkv"
            )
        ],
        blocks: [
            .fields(
                title: "Run Details",
                fields: [
                    Field("Run ID", "run-J7cW8p2qRmYx3Dkv"), Field("Status", "Errored"),
                    Field("Targets", "", list: ["module.db"]),
                ]
            ),
            .items([Item(id: "run-1", title: "First", fields: [Field("Created", "Just now")])]),
        ],
        closing: "Say 'apply it' to apply."
    )

    @Test("Markdown follows the example conversations' layout")
    func markdownLayout() {
        let text = MarkdownRenderer().render(reply)
        let expected = """
            run-Z6wC3b0yKzLh5Pqm in dev finished planning.

            I'll create a plan-only run in your "production" workspace.

            ```python
            create_run(workspace_id="ws-abc", plan_only=True, target_addrs=["module.db"])  # -> run-J7cW8p2qRmYx3Dkv
            ```

            **Run Details:**
            - Run ID: run-J7cW8p2qRmYx3Dkv
            - Status: Errored
            - Targets:
              - module.db

            1. **run-1** - "First"
               - Created: Just now

            Say 'apply it' to apply.
            """
        #expect(text == expected)
    }

    @Test("hiding the calls drops the code block and nothing else")
    func hidingCalls() {
        let text = MarkdownRenderer(showsCalls: false).render(reply)
        #expect(!text.contains("```"))
        #expect(text.contains("**Run Details:**"))
    }

    @Test("styled terminal text uses escapes; unstyled text has none and no asterisks")
    func terminalStyling() {
        let styled = TerminalRenderer(styled: true).render(reply)
        let plain = TerminalRenderer(styled: false).render(reply)
        #expect(styled.contains("\u{1B}[1mRun Details\u{1B}[0m"))
        #expect(styled.contains("\u{1B}[31mErrored\u{1B}[0m"))
        #expect(!plain.contains("\u{1B}"))
        #expect(!plain.contains("**"))
        #expect(plain.contains("Status: Errored"))
    }

    @Test("JSON carries the intent, the calls and the blocks")
    func json() throws {
        let text = JSONRenderer().render(reply)
        #expect(!text.contains("\n"))
        #expect(text.contains("\"intent\":\"create_run\""))
        #expect(text.contains("\"tool\":\"create_run\""))
        #expect(text.contains("\"plan_only\""))
        #expect(text.contains("\"kind\":\"fields\""))
    }
}

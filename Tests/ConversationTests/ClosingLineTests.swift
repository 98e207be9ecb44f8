import Conversation
import Foundation
import Testing

/// Closing lines say what is true of the workspace and the run after the action.
@Suite("Closing lines")
struct ClosingLineTests {
    @Test("after a discard, the workspace is called free only when nothing holds its lock")
    func discardChecksTheLock() async throws {
        let harness = try ConversationHarness()
        _ = await harness.say("list runs in deployment")
        let (reply, _) = await harness.say("discard the first one")
        #expect(reply.outcome == .done)
        let (workspace, _) = await harness.say("show the deployment workspace")
        let locked = workspace.field("Locked") ?? "No"
        let closing = try #require(reply.closing)
        #expect(closing.contains("free for the next run") == (locked == "No"))
        if locked != "No" {
            #expect(closing.contains("not free"))
        }
    }

    @Test("a cancel that stopped the run without a force-cancel gives no force-cancel warning")
    func plainCancelHasNoForceCancelWarning() async throws {
        let harness = try ConversationHarness()
        _ = await harness.say("create a plan for sandbox")
        _ = await harness.connection.waiter.wait(seconds: 20)
        let (reply, _) = await harness.say("force cancel it")
        #expect(!reply.calls.contains { $0.tool == "force_cancel_run" })
        #expect(reply.closing?.contains("force-cancel") == false)
        #expect(reply.closing?.contains("free for the next run") == true)
    }

    @Test("a force-cancel that was sent warns about state")
    func forceCancelWarns() async throws {
        let harness = try ConversationHarness()
        let (reply, _) = await harness.say("force cancel the running run in production")
        #expect(reply.calls.contains { $0.tool == "force_cancel_run" })
        #expect(reply.closing?.contains("force-cancel can leave state") == true)
    }
}

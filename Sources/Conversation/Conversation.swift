/// The Conversation module; its types come in their own files.
public enum ConversationModule {
    /// The module's name, for diagnostics.
    public static let name = "Conversation"
}

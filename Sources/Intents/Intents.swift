/// The Intents module; its types come in their own files.
public enum IntentsModule {
    /// The module's name, for diagnostics.
    public static let name = "Intents"
}

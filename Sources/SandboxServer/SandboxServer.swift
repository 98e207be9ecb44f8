/// The SandboxServer module; its types come in their own files.
public enum SandboxServerModule {
    /// The module's name, for diagnostics.
    public static let name = "SandboxServer"
}

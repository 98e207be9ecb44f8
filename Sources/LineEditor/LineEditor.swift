/// The LineEditor module; its types come in their own files.
public enum LineEditorModule {
    /// The module's name, for diagnostics.
    public static let name = "LineEditor"
}

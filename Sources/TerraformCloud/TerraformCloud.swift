/// The TerraformCloud module; its types come in their own files.
public enum TerraformCloudModule {
    /// The module's name, for diagnostics.
    public static let name = "TerraformCloud"
}

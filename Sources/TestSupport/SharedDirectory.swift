import Foundation

/// Finds the project's files and the `../shared` folder beside the clone, for tests.
public enum SharedDirectory {
    /// The root of the package (the folder holding `Package.swift`).
    public static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(
                atPath: url.appendingPathComponent("Package.swift").path
            ) {
                return url
            }
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    /// The `shared` folder: `$TFCSH_SHARED` if set, else `../shared` beside the package.
    public static var url: URL {
        if let path = ProcessInfo.processInfo.environment["TFCSH_SHARED"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return packageRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// Whether the shared folder is present.
    public static var isPresent: Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent("api").path)
    }

    /// A file inside the shared folder, or an error that says the folder is missing.
    public static func file(_ relativePath: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        guard FileManager.default.fileExists(atPath: file.path) else {
            throw MissingSharedFile(path: file.path)
        }
        return file
    }

    /// The bytes of a file inside the shared folder.
    public static func data(_ relativePath: String) throws -> Data {
        try Data(contentsOf: file(relativePath))
    }
}

/// Thrown when a test needs a file from `../shared` that is not there.
public struct MissingSharedFile: Error, CustomStringConvertible {
    /// The path that was looked for.
    public let path: String

    /// Says what is missing and how to provide it.
    public var description: String {
        "\(path) is missing: tests that read the shared specs need ../shared beside the clone "
            + "(or TFCSH_SHARED set to its path)"
    }
}

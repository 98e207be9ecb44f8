import Foundation

/// Finds the `tfcsh` executable that `swift build` put beside the tests, for end-to-end runs.
public enum BuiltBinary {
    /// The built `tfcsh`: `$TFCSH_BINARY` if set, else the one next to the running test
    /// bundle, else the package's `.build/debug/tfcsh`.
    public static func tfcsh() throws -> URL {
        let places = candidates(
            environment: ProcessInfo.processInfo.environment,
            runningExecutable: runningExecutable()
        )
        if let found = places.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }
        ) {
            return found
        }
        throw MissingBinary(searched: places.map(\.path))
    }

    /// Where to look, most specific first.
    static func candidates(environment: [String: String], runningExecutable: URL?) -> [URL] {
        if let path = environment["TFCSH_BINARY"], !path.isEmpty {
            return [URL(fileURLWithPath: path)]
        }
        var places: [URL] = []
        // Linux runs `.build/<triple>/debug/<Package>PackageTests.xctest` as the executable;
        // macOS runs a binary inside `<Package>PackageTests.xctest/Contents/MacOS`.
        var folder = runningExecutable?.deletingLastPathComponent()
        for _ in 0..<4 {
            guard let current = folder else { break }
            places.append(current.appendingPathComponent("tfcsh"))
            folder = current.deletingLastPathComponent()
        }
        places.append(
            SharedDirectory.packageRoot.appendingPathComponent(".build/debug/tfcsh")
        )
        return places
    }

    /// The path of the running test executable, symlinks resolved.
    static func runningExecutable() -> URL? {
        let link = "/proc/self/exe"
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: link) {
            return URL(fileURLWithPath: path)
        }
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }
}

/// Thrown when the end-to-end tests cannot find a built `tfcsh`.
public struct MissingBinary: Error, CustomStringConvertible {
    /// The paths that were tried.
    public let searched: [String]

    /// Says where it looked and how to build it.
    public var description: String {
        "no built tfcsh found (looked at \(searched.joined(separator: ", "))): run "
            + "`swift build` first, or set TFCSH_BINARY to the executable's path"
    }
}

// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "tfcsh",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "tfcsh", targets: ["tfcsh"]),
        .library(name: "TerraformCloud", targets: ["TerraformCloud"]),
        .library(name: "Sandbox", targets: ["Sandbox"]),
        .library(name: "Intents", targets: ["Intents"]),
    ],
    targets: [
        // The HCP Terraform API v2: models, JSON:API coding, client, credentials, errors, paging.
        .target(name: "TerraformCloud"),
        // The simulated organization: a JSON:API router with no transport of its own.
        .target(name: "Sandbox"),
        // Sentence to intent; no network, no API.
        .target(name: "Intents"),
        // Intent to API calls, context, confirmations and replies.
        .target(name: "Conversation", dependencies: ["TerraformCloud", "Intents"]),

        .systemLibrary(
            name: "CLibEdit",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        // The terminal: libedit line editing, history, completion, signals.
        .target(name: "LineEditor", dependencies: ["CLibEdit"]),

        .systemLibrary(
            name: "CMicroHTTPD",
            pkgConfig: "libmicrohttpd",
            providers: [.apt(["libmicrohttpd-dev"])]
        ),
        // Wrappers for libmicrohttpd's variadic functions, which Swift cannot call.
        .target(name: "CMicroHTTPDShim", dependencies: ["CMicroHTTPD"]),
        // The sandbox served over HTTP on loopback.
        .target(
            name: "SandboxServer",
            dependencies: ["Sandbox", "CMicroHTTPD", "CMicroHTTPDShim"]
        ),

        // Everything the executable does: arguments, REPL, rendering, transcripts, replay, demo.
        .target(
            name: "TFCShell",
            dependencies: [
                "TerraformCloud", "Sandbox", "Intents", "Conversation", "LineEditor",
                "SandboxServer",
            ]
        ),
        .executableTarget(name: "tfcsh", dependencies: ["TFCShell"]),
        // Benchmarks for the figures the issues name; run with `swift run -c release tfcsh-bench`.
        .executableTarget(
            name: "tfcsh-bench",
            dependencies: ["TerraformCloud", "Sandbox", "Intents", "Conversation"],
            path: "Sources/TFCBench"
        ),

        // Helpers shared by the test targets: locating ../shared, fixtures, the built binary.
        .target(name: "TestSupport", path: "Sources/TestSupport"),

        .testTarget(
            name: "TerraformCloudTests",
            dependencies: ["TerraformCloud", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "SandboxTests",
            dependencies: ["Sandbox", "TerraformCloud", "TestSupport"]
        ),
        .testTarget(
            name: "IntentsTests",
            dependencies: ["Intents", "TestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "ConversationTests",
            dependencies: [
                "Conversation", "Sandbox", "SandboxServer", "TerraformCloud", "TFCShell",
                "TestSupport",
            ],
            exclude: ["Goldens"]
        ),
        .testTarget(name: "LineEditorTests", dependencies: ["LineEditor", "TestSupport"]),
        .testTarget(
            name: "SandboxServerTests",
            dependencies: ["SandboxServer", "Sandbox", "TerraformCloud", "TestSupport"]
        ),
        .testTarget(name: "EndToEndTests", dependencies: ["TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

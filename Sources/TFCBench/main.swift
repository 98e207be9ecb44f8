import Foundation

// Each benchmark lives in its own file as an enum with `static func run(arguments:) async`.
let arguments = Array(CommandLine.arguments.dropFirst())
let name = arguments.first ?? "help"
let rest = Array(arguments.dropFirst())

switch name {
case "client":
    await ClientBenchmark.run(arguments: rest)
case "profile":
    await ProfileBenchmark.run(arguments: rest)
case "intents":
    await IntentsBenchmark.run(arguments: rest)
default:
    print("usage: tfcsh-bench NAME [OPTIONS]")
    print("run it as: swift run -c release tfcsh-bench NAME")
}

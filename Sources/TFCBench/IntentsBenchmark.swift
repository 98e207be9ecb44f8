import Foundation
import Intents

/// `tfcsh-bench intents`: the matcher's time per sentence with 10,000 known workspaces, and the
/// wall time of `tfcsh explain` over 10,000 lines on stdin.
enum IntentsBenchmark {
    /// Sentences of every intent and trap, some naming generated workspaces or near misses.
    static let sentences = [
        "Create a plan for my \"production\" workspace", "create a destroy plan for dev-test",
        "list runs in staging", "show errored runs in payments-042-prod in the last 7 days",
        "apply run-K3jR7m9zXpYw2Ctn",
        "cancel the run \"run-P8vT5q2nWxYz1Fmb\", it's taking too long",
        "list runs in prodution", "show runs in paymets-042-prod", "how do I cancel a run?",
        "don't discard anything", "tell me a joke", "apply it", "",
        "plan staging targeting module.database and aws_rds_cluster.main",
        "Create a plan in the development workspace with environment=dev, instance_type=t3.large",
        "show the applied runs in example-org", "force cancel the stuck run in network-infra",
        "which runs were cancelled this week",
        "start a run in billing-7-dev with message 'release 1.4'",
        "SHOW ME THE LAST 5 RUNS IN SANDBOX", "could you please apply the pending run in staging",
        "delete the staging workspace", "what's the status of run-L2tP6k8xZnQv1Bmj?",
        "discard the plan for the dev workspace, those changes aren't needed",
    ]

    /// 10,000 workspace names: the sandbox's and generated team-service-environment names.
    static func workspaceNames() -> [String] {
        let services = [
            "payments", "billing", "search", "auth", "ledger", "gateway", "mailer", "cache",
        ]
        let environments = ["prod", "staging", "dev", "test", "qa"]
        var names = [
            "production", "staging", "development", "dev", "dev-test", "sandbox", "deployment",
            "prod-db-cluster", "network-infra", "app-servers", "security-baseline", "feature-test",
            "legacy-systems",
        ]
        var number = 0
        while names.count < 10_000 {
            let service = services[number % services.count]
            let environment = environments[(number / services.count) % environments.count]
            names.append("\(service)-\(String(format: "%03d", number / 40))-\(environment)")
            number += 1
        }
        return names
    }

    /// Runs both measurements and prints them.
    static func run(arguments: [String]) async {
        let names = workspaceNames()
        let clock = ContinuousClock()
        var index = WorkspaceIndex(names: [])
        let build = clock.measure { index = WorkspaceIndex(names: names) }
        let context = MatchContext(defaultOrganization: "example-org", workspaces: index)
        print("intents: \(index.count) workspace names indexed in \(milliseconds(build)) ms")

        var samples: [Duration] = []
        var bySentence = [[Duration]](repeating: [], count: sentences.count)
        let rounds = arguments.first.flatMap(Int.init) ?? 400
        for _ in 0..<rounds {
            for (position, sentence) in sentences.enumerated()
            where arguments.count < 3 || sentence == arguments[2] {
                let elapsed = clock.measure { _ = IntentMatcher.match(sentence, context: context) }
                samples.append(elapsed)
                bySentence[position].append(elapsed)
            }
        }
        let slowest = bySentence.indices
            .filter { !bySentence[$0].isEmpty }
            .map { (sentences[$0], bySentence[$0].sorted()[rounds / 2]) }
            .sorted { $0.1 > $1.1 }
            .prefix(arguments.count > 1 ? 40 : 3)
        for (sentence, median) in slowest {
            print(
                "intents: slowest median \(microseconds(median)) µs: \(sentence.debugDescription)"
            )
        }
        samples.sort()
        let median = samples[samples.count / 2]
        let p99 = samples[min(samples.count - 1, samples.count * 99 / 100)]
        print(
            "intents: \(samples.count) matches; median \(microseconds(median)) µs, "
                + "p99 \(microseconds(p99)) µs, max \(microseconds(samples.last ?? .zero)) µs "
                + "(goals: median <= 20 µs, p99 <= 200 µs)"
        )
        timeExplain(clock: clock)
    }

    /// Times `tfcsh explain --sandbox` (beside this binary) over 10,000 lines on stdin.
    private static func timeExplain(clock: ContinuousClock) {
        let directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        let binary = directory.appendingPathComponent("tfcsh")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            print("intents: \(binary.path) not built; run `swift build -c release --product tfcsh`")
            return
        }
        var input = ""
        for line in 0..<10_000 { input += sentences[line % sentences.count] + "\n" }
        let process = Process()
        process.executableURL = binary
        process.arguments = ["explain", "--sandbox"]
        let stdin = Pipe()
        let stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        var lines = 0
        let elapsed = clock.measure {
            do {
                try process.run()
            } catch {
                print("intents: could not start \(binary.path): \(error.localizedDescription)")
                return
            }
            let data = Data(input.utf8)
            let writer = Thread {
                stdin.fileHandleForWriting.write(data)
                try? stdin.fileHandleForWriting.close()
            }
            writer.start()
            let output = stdout.fileHandleForReading.readDataToEndOfFile()
            process.waitUntilExit()
            lines = output.reduce(0) { $0 + ($1 == 10 ? 1 : 0) }
        }
        print(
            "intents: tfcsh explain --sandbox answered \(lines) of 10000 lines in "
                + "\(milliseconds(elapsed)) ms wall, start-up included (goal <= 1000 ms)"
        )
    }

    private static func microseconds(_ duration: Duration) -> String {
        String(
            format: "%.1f",
            Double(duration.components.attoseconds) / 1e12 + Double(duration.components.seconds)
                * 1e6
        )
    }

    private static func milliseconds(_ duration: Duration) -> String {
        String(
            format: "%.0f",
            Double(duration.components.attoseconds) / 1e15 + Double(duration.components.seconds)
                * 1e3
        )
    }
}

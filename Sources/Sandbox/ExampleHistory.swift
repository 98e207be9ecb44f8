import Foundation

/// The run history of `example-org`: the table of `sandbox.md` and some ordinary older runs.
enum ExampleHistory {
    /// The commit of run-J7cW8p2qRmYx3Dkv.
    static let lambdaCommit = "7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d3e4f5a6b"

    private static let hour: TimeInterval = 3600
    private static let day = SandboxTime.day

    /// A time `dayOffset` days from today at `hour:minute` UTC, if that is before now;
    /// otherwise `fallbackMinutes` before now, so anchored runs keep their order.
    static func anchored(
        _ now: Date,
        dayOffset: Int,
        hour: Int,
        minute: Int,
        fallbackMinutes: Int
    ) -> Date {
        let seconds = TimeInterval(dayOffset) * day + TimeInterval(hour * 3600 + minute * 60)
        let date = SandboxTime.startOfDay(now).addingTimeInterval(seconds)
        return date < now ? date : now.addingTimeInterval(-TimeInterval(fallbackMinutes * 60))
    }

    private static func changes(
        add: [String] = [],
        change: [String] = [],
        destroy: [String] = []
    ) -> [PlannedChange] {
        add.map { PlannedChange(address: $0, action: .create) }
            + change.map { PlannedChange(address: $0, action: .update) }
            + destroy.map { PlannedChange(address: $0, action: .delete) }
    }

    private static func numbered(_ base: String, _ count: Int) -> [String] {
        (0..<count).map { "\(base)[\($0)]" }
    }

    /// The runs of the table in `sandbox.md`, each with its exact ID.
    static func addTableRuns(to store: SandboxStore) {
        for spec in tableRuns(store) { store.seed(spec) }
    }

    private static func tableRuns(_ store: SandboxStore) -> [SeedRun] {
        let now = store.now
        let ids = ExampleSeed.userIDs(store)
        let (you, jane, john, pipeline) = (ids[0], ids[1], ids[2], ids[3])
        func ago(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(-seconds) }
        var runs: [SeedRun] = [
            SeedRun(
                id: "run-K4jR7p9qZnYw2Lmp",
                workspace: "production",
                message: "Weekly infrastructure update",
                creator: pipeline,
                createdAt: anchored(now, dayOffset: -1, hour: 14, minute: 32, fallbackMinutes: 0),
                ending: .applied,
                changes: changes(
                    add: [
                        "aws_cloudwatch_metric_alarm.api_errors", "aws_sns_topic.alerts",
                        "aws_cloudwatch_dashboard.main",
                    ],
                    change: ["aws_lambda_function.api"]
                ),
                autoApply: true,
                applyDuration: 95
            ),
            SeedRun(
                id: "run-L5kS8q1rAoZx3Mnq",
                workspace: "production",
                message: "Security patch application",
                creator: jane,
                createdAt: ago(3 * day + 2 * hour),
                ending: .applied,
                changes: changes(change: [
                    "aws_lambda_function.api", "aws_api_gateway_rest_api.main",
                    "aws_iam_role.lambda_exec", "aws_s3_bucket.artifacts",
                    "aws_cloudwatch_log_group.api",
                ])
            ),
            SeedRun(
                id: "run-M6lT9r2sBpAy4Nod",
                workspace: "production",
                message: "Roll back configuration change",
                creator: john,
                createdAt: ago(5 * day + 3 * hour),
                ending: .discarded,
                changes: changes(change: [
                    "aws_lambda_function.api", "aws_api_gateway_rest_api.main",
                    "aws_iam_role.lambda_exec",
                ])
            ),
            SeedRun(
                id: "run-N7mU0s3tCqBz5Ope",
                workspace: "production",
                message: "Add new monitoring resources",
                creator: you,
                createdAt: ago(7 * day + 4 * hour),
                ending: .applied,
                changes: changes(add: [
                    "aws_cloudwatch_log_group.lambda", "aws_cloudwatch_metric_alarm.latency",
                    "aws_cloudwatch_metric_alarm.throttles",
                    "aws_cloudwatch_metric_alarm.errors_5xx",
                    "aws_sns_topic.oncall", "aws_sns_topic_subscription.oncall_email",
                    "aws_cloudwatch_dashboard.api", "aws_xray_sampling_rule.api",
                ]),
                applyDuration: 110
            ),
            SeedRun(
                id: "run-A7xD4c1zLaMe6Rqn",
                workspace: "production",
                message: "Scale production API capacity",
                creator: pipeline,
                createdAt: ago(2 * hour),
                ending: .stuckApplying,
                changes: changes(change: [
                    "aws_lambda_function.api", "aws_api_gateway_rest_api.main",
                ]),
                autoApply: true
            ),
            SeedRun(
                id: "run-J7cW8p2qRmYx3Dkv",
                workspace: "production",
                message: "Plan requested via tfcsh",
                creator: you,
                createdAt: ago(10 * 60),
                ending: .plannedAndFinished,
                planOnly: true,
                commit: (lambdaCommit, "feat: add new lambda functions")
            ),
            SeedRun(
                id: "run-K3jR7m9zXpYw2Ctn",
                workspace: "staging",
                message: "Targeted plan for database resources only",
                creator: you,
                createdAt: ago(20 * 60),
                ending: .awaitingConfirmation,
                targets: ["module.database", "aws_rds_cluster.main", "aws_rds_instance.replicas"]
            ),
            SeedRun(
                id: "run-Z6wC3b0yKzLh5Pqm",
                workspace: "dev",
                message: "Update web server instance",
                creator: you,
                createdAt: ago(hour),
                ending: .awaitingConfirmation
            ),
            SeedRun(
                id: "run-L2tP6k8xZnQv1Bmj",
                workspace: "dev-test",
                message: "Destroy plan requested via tfcsh",
                creator: you,
                createdAt: anchored(now, dayOffset: 0, hour: 9, minute: 32, fallbackMinutes: 6),
                ending: .plannedAndFinished,
                isDestroy: true,
                planOnly: true
            ),
            SeedRun(
                id: "run-P8vT5q2nWxYz1Fmb",
                workspace: "development",
                message: "Plan with custom variable values",
                creator: you,
                createdAt: anchored(now, dayOffset: 0, hour: 9, minute: 45, fallbackMinutes: 4),
                ending: .planErrored("Invalid value for variable 'instance_type'"),
                changes: [],
                variables: [
                    ("environment", "\"dev\""), ("instance_type", "\"t3.2xlarge\""),
                    ("enable_monitoring", "true"),
                ],
                planDuration: 8
            ),
        ]
        runs += erroredAndDestroyRuns(
            now: now,
            you: you,
            jane: jane,
            john: john,
            pipeline: pipeline
        )
        runs += deploymentQueue(now: now, pipeline: pipeline)
        return runs
    }

    private static func erroredAndDestroyRuns(
        now: Date,
        you: String,
        jane: String,
        john: String,
        pipeline: String
    ) -> [SeedRun] {
        func ago(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(-seconds) }
        return [
            SeedRun(
                id: "run-S9pV6u3rDsEa8Ijf",
                workspace: "prod-db-cluster",
                message: "Deploy new database resources",
                creator: pipeline,
                createdAt: anchored(now, dayOffset: -1, hour: 18, minute: 22, fallbackMinutes: 0),
                ending: .applyErrored(
                    "Error creating RDS instance: InsufficientDBInstanceCapacity"
                ),
                changes: changes(add: [
                    "aws_rds_cluster_instance.reader[1]", "aws_rds_cluster_instance.reader[2]",
                ]),
                autoApply: true,
                applyDuration: 420
            ),
            SeedRun(
                id: "run-T0qW7v4sEtFb9Jkg",
                workspace: "network-infra",
                message: "Update network configuration",
                creator: john,
                createdAt: ago(3 * day + 5 * hour),
                ending: .planErrored("Provider configuration not found for aws"),
                changes: [],
                planDuration: 20
            ),
            SeedRun(
                id: "run-U1rX8w5tFuGc0Klh",
                workspace: "app-servers",
                message: "Scale up application servers",
                creator: pipeline,
                createdAt: ago(5 * day + 1 * hour),
                ending: .applyErrored("Error applying Auto Scaling configuration: ValidationError"),
                changes: changes(change: ["aws_autoscaling_group.app", "aws_launch_template.app"]),
                autoApply: true,
                applyDuration: 40
            ),
            SeedRun(
                id: "run-V2sY9x6uGvHd1Lmi",
                workspace: "security-baseline",
                message: "Security patch deployment",
                creator: jane,
                createdAt: ago(14 * day + 3 * hour),
                ending: .planErrored("Terraform operation timed out after 1 hour"),
                changes: [],
                planDuration: 3600
            ),
            SeedRun(
                id: "run-W3tZ0y7vHwIe2Mnj",
                workspace: "feature-test",
                message: "Decommission test environment",
                creator: jane,
                createdAt: ago(3 * day + 1 * hour),
                ending: .applied,
                changes: changes(
                    destroy: numbered("aws_instance.feature_worker", 12)
                        + numbered("aws_ebs_volume.feature_data", 12)
                        + [
                            "aws_lb.feature", "aws_lb_target_group.feature",
                            "aws_route53_record.feature",
                        ]
                ),
                isDestroy: true,
                applyDuration: 115
            ),
            SeedRun(
                id: "run-X4uA1z8wIxJf3Nok",
                workspace: "sandbox",
                message: "Clean up temporary resources",
                creator: john,
                createdAt: ago(7 * day + 2 * hour),
                ending: .applied,
                changes: changes(
                    destroy: numbered("aws_s3_bucket.tmp", 3) + numbered("aws_instance.tmp", 2)
                ),
                isDestroy: true,
                targets: ["aws_s3_bucket.tmp", "aws_instance.tmp"]
            ),
            SeedRun(
                id: "run-Y5vB2a9xJyKg4Opl",
                workspace: "legacy-systems",
                message: "Remove deprecated services",
                creator: pipeline,
                createdAt: ago(14 * day + 6 * hour),
                ending: .discarded,
                changes: changes(destroy: ["aws_elb.legacy", "aws_sns_topic.legacy_alerts"]),
                isDestroy: true,
                targets: ["aws_elb.legacy", "aws_sns_topic.legacy_alerts"]
            ),
        ]
    }

    private static func deploymentQueue(now: Date, pipeline: String) -> [SeedRun] {
        func ago(_ seconds: TimeInterval) -> Date { now.addingTimeInterval(-seconds) }
        return [
            SeedRun(
                id: nil,
                workspace: "deployment",
                message: "Deploy release v2.4.0",
                creator: pipeline,
                createdAt: ago(50 * 60),
                ending: .awaitingConfirmation
            ),
            SeedRun(
                id: nil,
                workspace: "deployment",
                message: "Deploy release v2.4.1",
                creator: pipeline,
                createdAt: ago(40 * 60),
                ending: .pending
            ),
            SeedRun(
                id: "run-B8yE5d2aLbNf7Sro",
                workspace: "deployment",
                message: "Deploy release v2.5.0",
                creator: pipeline,
                createdAt: ago(30 * 60),
                ending: .pending
            ),
        ]
    }

    /// Older, unremarkable runs over the past months, so lists and filters have something to do.
    static func addOrdinaryRuns(to store: SandboxStore) {
        let messages = [
            "Update instance tags", "Bump AWS provider to 5.31", "Tune autoscaling thresholds",
            "Rotate access logs bucket policy", "Enable S3 versioning",
            "Adjust CloudWatch retention",
            "Refresh AMI IDs", "Tighten security group ingress",
        ]
        let ids = ExampleSeed.userIDs(store)
        let endings: [SeedEnding] = [
            .applied, .applied, .plannedAndFinished, .applied, .discarded, .canceled,
        ]
        for index in 0..<30 {
            let workspace = ExampleOrganization.workspaceNames[index % 13]
            let days = 16 + index * 5 + store.generator.int(in: 0...3)
            let ending = endings[index % endings.count]
            let spec = SeedRun(
                workspace: workspace,
                message: messages[index % messages.count],
                creator: ids[index % ids.count],
                createdAt: store.now.addingTimeInterval(
                    -TimeInterval(days) * day - TimeInterval(store.generator.int(in: 0...80_000))
                ),
                ending: ending,
                changes: ending == .plannedAndFinished
                    ? [] : HistoryChanges.random(using: &store.generator),
                autoApply: ending == .applied && index % 3 == 0
            )
            store.seed(spec)
        }
    }

    /// Gives each seeded workspace its lock holder and queue, as the table describes.
    static func restoreLocks(in store: SandboxStore) {
        for workspace in store.workspaces {
            let waiting = workspace.runs.compactMap { store.runs[$0] }.filter {
                !$0.status.isFinal && $0.takesLock
            }
            guard let holder = waiting.first(where: { $0.status != .pending }) ?? waiting.first
            else { continue }
            workspace.lockedBy = holder.id
            workspace.queue = waiting.filter { $0.id != holder.id && $0.status == .pending }.map(
                \.id
            )
        }
    }
}

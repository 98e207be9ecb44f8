import Foundation

/// One workspace of `example-org`: its state, pending configuration changes and settings.
struct WorkspaceSeed {
    /// The workspace name.
    var name: String
    /// The VCS repository, `owner/name`.
    var repository: String
    /// Addresses in state.
    var resources: [String]
    /// Changes the configuration holds that the state does not yet.
    var pending: [PlannedChange] = []
    /// Whether runs get a cost estimate.
    var costEstimation = false
    /// Whether runs get a policy check.
    var policyChecks = false
    /// Whether runs apply without confirmation by default.
    var autoApply = false
    /// The workspace description.
    var description: String
}

/// The organization of `../shared/spec/sandbox.md`: users, workspaces and run history.
enum ExampleSeed {
    /// Fills `store` with `example-org` as it stands at the clock's start.
    static func populate(_ store: SandboxStore) {
        addUsers(store)
        for workspace in workspaces { add(workspace, to: store) }
        ExampleHistory.addTableRuns(to: store)
        ExampleHistory.addOrdinaryRuns(to: store)
        store.sortIndexes()
        ExampleHistory.restoreLocks(in: store)
    }

    /// The user IDs, in seed order: the account, jane, john, the CI/CD service account.
    static func userIDs(_ store: SandboxStore) -> [String] {
        store.users.map(\.id)
    }

    private static func addUsers(_ store: SandboxStore) {
        let people: [(String, String?, Bool)] = [
            ("admin", "admin@example.com", false), ("jane", "jane@example.com", false),
            ("john", "john@example.com", false), ("CI/CD Pipeline", nil, true),
        ]
        for (username, email, isService) in people {
            store.add(
                SandboxUser(
                    id: store.generator.identifier("user"),
                    username: username,
                    email: email,
                    isServiceAccount: isService
                )
            )
        }
        store.accountID = store.users[0].id
    }

    private static func add(_ seed: WorkspaceSeed, to store: SandboxStore) {
        let age = TimeInterval(store.generator.int(in: 400...700)) * SandboxTime.day
        let workspace = SandboxWorkspace(
            id: store.generator.identifier("ws"),
            name: seed.name,
            createdAt: store.now.addingTimeInterval(-age),
            repository: seed.repository,
            configurationVersionID: "",
            stateVersionID: store.generator.identifier("sv")
        )
        workspace.resources = seed.resources.map(SandboxResource.init(address:))
        workspace.pendingChanges = seed.pending
        workspace.costEstimation = seed.costEstimation
        workspace.policyChecks = seed.policyChecks
        workspace.autoApply = seed.autoApply
        workspace.description = seed.description
        workspace.variables = variables(for: seed.name)
        store.add(workspace)
        workspace.configurationVersionID =
            store.makeConfigurationVersion(
                for: workspace,
                at: store.now.addingTimeInterval(-30 * SandboxTime.day)
            ).id
    }

    /// The variables a workspace declares; development validates its instance type.
    static func variables(for name: String) -> [DeclaredVariable] {
        guard name == "development" else {
            return [
                DeclaredVariable(key: "region", value: "us-east-1", description: "AWS region"),
                DeclaredVariable(key: "environment", value: name, description: "Environment name"),
            ]
        }
        return [
            DeclaredVariable(
                key: "environment",
                value: "development",
                description: "Environment name",
                affects: ["aws_security_group.app"]
            ),
            DeclaredVariable(
                key: "instance_type",
                value: "t3.medium",
                description: "EC2 instance type",
                allowed: ["t3.micro", "t3.small", "t3.medium", "t3.large", "t3.xlarge"],
                affects: ["aws_instance.app"]
            ),
            DeclaredVariable(
                key: "enable_monitoring",
                value: "false",
                description: "Detailed monitoring",
                isBool: true,
                affects: ["aws_cloudwatch_metric_alarm.cpu"]
            ),
        ]
    }

    private static func create(_ addresses: String...) -> [PlannedChange] {
        addresses.map { PlannedChange(address: $0, action: .create) }
    }

    private static func update(_ addresses: String...) -> [PlannedChange] {
        addresses.map { PlannedChange(address: $0, action: .update) }
    }

    /// The 13 workspaces, in the order of `ExampleOrganization.workspaceNames`.
    static let workspaces: [WorkspaceSeed] = [
        WorkspaceSeed(
            name: "production",
            repository: "example-org/platform-infra",
            resources: [
                "aws_vpc.main", "aws_subnet.public[0]", "aws_subnet.public[1]",
                "aws_iam_role.lambda_exec", "aws_lambda_function.api",
                "aws_api_gateway_rest_api.main", "aws_cloudwatch_log_group.api",
                "aws_s3_bucket.artifacts",
            ],
            pending: create("aws_lambda_function.processor", "aws_lambda_function.notifier")
                + update("aws_iam_role.lambda_exec"),
            costEstimation: true,
            policyChecks: true,
            description: "Customer-facing production"
        ),
        WorkspaceSeed(
            name: "staging",
            repository: "example-org/platform-infra",
            resources: [
                "aws_vpc.main", "module.database.aws_db_subnet_group.main",
                "module.database.aws_security_group.db", "aws_rds_cluster.main",
                "aws_rds_instance.replicas[0]", "aws_rds_instance.replicas[1]",
                "aws_ecs_cluster.main", "aws_ecs_service.api", "aws_lb.api",
            ],
            pending: update("aws_rds_cluster.main", "module.database.aws_security_group.db")
                + create("aws_rds_instance.replicas[2]") + update("aws_ecs_service.api"),
            description: "Pre-production copy of production"
        ),
        WorkspaceSeed(
            name: "development",
            repository: "example-org/app-dev",
            resources: [
                "aws_instance.app", "aws_security_group.app", "aws_cloudwatch_metric_alarm.cpu",
                "aws_s3_bucket.logs",
            ],
            description: "Shared development environment"
        ),
        WorkspaceSeed(
            name: "dev",
            repository: "example-org/web-dev",
            resources: ["aws_instance.web", "aws_security_group.web", "aws_route53_record.dev"],
            pending: update("aws_instance.web") + create("aws_eip.web"),
            description: "Web team development"
        ),
        WorkspaceSeed(
            name: "dev-test",
            repository: "example-org/test-harness",
            resources: [
                "aws_instance.test_runner", "aws_s3_bucket.test_results",
                "aws_iam_role.test_runner", "aws_security_group.test",
            ],
            description: "Integration test environment"
        ),
        WorkspaceSeed(
            name: "sandbox",
            repository: "example-org/sandbox",
            resources: [
                "aws_s3_bucket.scratch", "aws_iam_user.sandbox", "aws_instance.playground",
                "random_pet.name",
            ],
            pending: create("aws_sqs_queue.jobs") + update("aws_instance.playground"),
            description: "Playground for experiments"
        ),
        WorkspaceSeed(
            name: "deployment",
            repository: "example-org/release-pipeline",
            resources: [
                "aws_ecs_task_definition.app", "aws_ecs_service.app", "aws_codedeploy_app.main",
                "aws_codedeploy_deployment_group.main",
            ],
            pending: update("aws_ecs_task_definition.app", "aws_ecs_service.app"),
            description: "Release deployments"
        ),
        WorkspaceSeed(
            name: "prod-db-cluster",
            repository: "example-org/data-platform",
            resources: [
                "aws_rds_cluster.primary", "aws_rds_cluster_instance.writer",
                "aws_rds_cluster_instance.reader[0]", "aws_db_parameter_group.main",
                "aws_kms_key.db",
            ],
            pending: create("aws_rds_cluster_instance.reader[1]"),
            policyChecks: true,
            description: "Production database cluster"
        ),
        WorkspaceSeed(
            name: "network-infra",
            repository: "example-org/network",
            resources: [
                "aws_vpc.core", "aws_subnet.private[0]", "aws_subnet.private[1]",
                "aws_subnet.private[2]", "aws_nat_gateway.main", "aws_route_table.private",
                "aws_internet_gateway.main",
            ],
            description: "Core networking"
        ),
        WorkspaceSeed(
            name: "app-servers",
            repository: "example-org/app-servers",
            resources: [
                "aws_launch_template.app", "aws_autoscaling_group.app", "aws_lb.app",
                "aws_lb_target_group.app", "aws_lb_listener.https",
            ],
            description: "Application server fleet"
        ),
        WorkspaceSeed(
            name: "security-baseline",
            repository: "example-org/security",
            resources: [
                "aws_iam_account_password_policy.strict", "aws_guardduty_detector.main",
                "aws_config_configuration_recorder.main", "aws_cloudtrail.main",
                "aws_s3_bucket.audit_logs",
            ],
            description: "Account-wide security controls"
        ),
        WorkspaceSeed(
            name: "feature-test",
            repository: "example-org/feature-envs",
            resources: [
                "aws_instance.feature", "aws_s3_bucket.feature_assets",
                "aws_dynamodb_table.feature_flags",
            ],
            description: "Short-lived feature environments"
        ),
        WorkspaceSeed(
            name: "legacy-systems",
            repository: "example-org/legacy",
            resources: [
                "aws_instance.legacy_app", "aws_elb.legacy", "aws_db_instance.legacy",
                "aws_sns_topic.legacy_alerts",
            ],
            description: "Services being retired"
        ),
    ]
}

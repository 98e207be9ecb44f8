/// Plausible random changes for historical runs.
enum HistoryChanges {
    private static let types = [
        "aws_instance.node", "aws_security_group_rule.ingress", "aws_cloudwatch_metric_alarm.alarm",
        "aws_s3_bucket_policy.policy", "aws_iam_role_policy.inline",
    ]

    /// One to six changes with random actions.
    static func random(using generator: inout SeededGenerator) -> [PlannedChange] {
        let count = generator.int(in: 1...6)
        return (0..<count).map { index in
            let type = types[generator.int(in: 0...(types.count - 1))]
            let action: ChangeAction = [.create, .update, .update, .delete][
                generator.int(in: 0...3)
            ]
            return PlannedChange(address: "\(type)[\(index)]", action: action)
        }
    }
}

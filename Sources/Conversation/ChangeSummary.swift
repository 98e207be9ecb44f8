import Foundation

/// Reads a Terraform plan or apply log for what a person wants from it: the resources that
/// change, a one-line summary per kind, and the error that stopped it.
public enum ChangeSummary {
    /// What a plan does to one resource.
    public enum Action: String, Sendable, Equatable {
        case create = "created"
        case update = "updated in-place"
        case destroy = "destroyed"
        case replace = "replaced"

        var verb: String {
            switch self {
            case .create: "Adding"
            case .update: "Updating"
            case .destroy: "Destroying"
            case .replace: "Replacing"
            }
        }
    }

    /// One resource change read from a `# ADDRESS will be ...` line.
    public struct Change: Sendable, Equatable {
        /// The resource's address.
        public var address: String
        /// What happens to it.
        public var action: Action
    }

    /// The changes a plan log announces, in log order.
    public static func changes(inLog log: String) -> [Change] {
        var changes: [Change] = []
        for line in log.split(separator: "\n") {
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("# "), let range = trimmed.range(of: " will be ") else {
                continue
            }
            let address = String(
                trimmed[trimmed.index(trimmed.startIndex, offsetBy: 2)..<range.lowerBound]
            )
            var rest = String(trimmed[range.upperBound...])
            if rest.hasPrefix("destroyed") {
                rest = "destroyed"
            }
            if let action = Action(rawValue: rest) {
                changes.append(Change(address: address, action: action))
            }
        }
        let replaced = Set(
            log.split(separator: "\n").compactMap { line -> String? in
                let trimmed = line.drop { $0 == " " }
                guard trimmed.hasPrefix("# "), trimmed.hasSuffix(" must be replaced") else {
                    return nil
                }
                return String(trimmed.dropFirst(2).dropLast(" must be replaced".count))
            }
        )
        return changes + replaced.sorted().map { Change(address: $0, action: .replace) }
    }

    /// One line per kind of change: "Adding 2 AWS Lambda functions", "Updating 1 AWS IAM role".
    public static func lines(for changes: [Change]) -> [String] {
        var order: [String] = []
        var counts: [String: Int] = [:]
        for change in changes {
            let key = "\(change.action.verb)|\(resourceType(of: change.address))"
            if counts[key] == nil {
                order.append(key)
            }
            counts[key, default: 0] += 1
        }
        return order.map { key in
            let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
            let count = counts[key] ?? 0
            let noun = describe(type: parts[1])
            return "\(parts[0]) \(count) \(noun)\(count == 1 ? "" : "s")"
        }
    }

    /// The last `Error: ...` of a log, without the prefix.
    public static func error(inLog log: String) -> String? {
        let lines = log.split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces.union(["│", "╷", "╵"]))
        }
        guard let line = lines.last(where: { $0.hasPrefix("Error: ") }) else {
            return nil
        }
        return String(line.dropFirst("Error: ".count))
    }

    /// The resource type of an address: `module.app.aws_instance.web[0]` is `aws_instance`.
    public static func resourceType(of address: String) -> String {
        var parts = address.split(separator: ".").map(String.init)
        while parts.count >= 2, parts[0] == "module" {
            parts.removeFirst(2)
        }
        if parts.first == "data", parts.count >= 2 {
            parts.removeFirst()
        }
        return parts.first ?? address
    }

    /// A resource type in words: `aws_lambda_function` is "AWS Lambda function".
    public static func describe(type: String) -> String {
        let words = type.split(separator: "_").map(String.init)
        guard !words.isEmpty else {
            return type
        }
        var described: [String] = []
        for (offset, word) in words.enumerated() {
            if let known = acronyms[word] {
                described.append(known)
            } else if offset == 1 {
                described.append(word.prefix(1).uppercased() + word.dropFirst())
            } else {
                described.append(word)
            }
        }
        return described.joined(separator: " ")
    }

    private static let acronyms: [String: String] = [
        "aws": "AWS", "azurerm": "Azure", "google": "Google", "iam": "IAM", "rds": "RDS",
        "s3": "S3", "vpc": "VPC", "ec2": "EC2", "db": "DB", "lb": "LB", "alb": "ALB", "acm": "ACM",
        "sns": "SNS", "sqs": "SQS", "kms": "KMS", "ecs": "ECS", "eks": "EKS", "dns": "DNS",
        "ssm": "SSM", "api": "API", "cloudwatch": "CloudWatch", "dynamodb": "DynamoDB",
        "elasticache": "ElastiCache", "route53": "Route 53", "guardduty": "GuardDuty",
    ]
}

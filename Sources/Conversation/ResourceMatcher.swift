import TerraformCloud

/// Matches words such as "the database resources" against a workspace's resources, for
/// targeted runs.
enum ResourceMatcher {
    /// The addresses to target for `query`: whole modules whose name matches, else each
    /// matching resource, in state order.
    static func addresses(matching query: String, in resources: [WorkspaceResource]) -> [String] {
        let terms = searchTerms(query)
        guard !terms.isEmpty else {
            return []
        }
        var addresses: [String] = []
        for resource in resources {
            // `-target` on a resource without its index covers every instance of it.
            let address = target(for: resource, terms: terms).map(stripIndex)
            if let address, !addresses.contains(address) {
                addresses.append(address)
            }
        }
        // A module address already covers the resources inside it.
        return addresses.filter { address in
            !addresses.contains { $0 != address && address.hasPrefix($0 + ".") }
        }
    }

    private static func target(for resource: WorkspaceResource, terms: Set<String>) -> String? {
        let address = resource.address
        let parts = address.split(separator: ".").map(String.init)
        var index = 0
        var modulePath: [String] = []
        while index + 1 < parts.count, parts[index] == "module" {
            let name = stripIndex(parts[index + 1])
            modulePath += ["module", parts[index + 1]]
            if matches(words(name), terms) {
                return modulePath.joined(separator: ".")
            }
            index += 2
        }
        let rest = parts[index...].joined(separator: ".")
        let tokens = words(ChangeSummary.resourceType(of: rest)) + words(stripIndex(resource.name))
        if let module = resource.module, matches(words(module), terms) {
            return modulePath.isEmpty ? "module.\(module)" : modulePath.joined(separator: ".")
        }
        return matches(tokens, terms) ? address : nil
    }

    private static func matches(_ tokens: [String], _ terms: Set<String>) -> Bool {
        tokens.contains { terms.contains($0) }
    }

    private static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }

    private static func stripIndex(_ name: String) -> String {
        String(name.prefix { $0 != "[" })
    }

    /// The query's words with their synonyms, without filler.
    static func searchTerms(_ query: String) -> Set<String> {
        var terms = Set<String>()
        for word in words(query) where !filler.contains(word) {
            let singular = word.count > 3 && word.hasSuffix("s") ? String(word.dropLast()) : word
            terms.insert(word)
            terms.insert(singular)
            for (key, related) in synonyms where key == singular || related.contains(singular) {
                terms.insert(key)
                terms.formUnion(related)
            }
        }
        return terms
    }

    private static let filler: Set<String> = [
        "the", "a", "an", "all", "only", "resource", "resources", "affects", "affecting", "and",
        "of", "in", "for", "my", "our",
    ]

    private static let synonyms: [String: Set<String>] = [
        "database": [
            "db", "rds", "aurora", "dynamodb", "sql", "postgres", "mysql", "redshift",
            "docdb", "database",
        ],
        "network": ["vpc", "subnet", "route", "gateway", "nat", "eip", "network"],
        "storage": ["s3", "bucket", "ebs", "efs", "volume", "storage"],
        "server": ["instance", "autoscaling", "ec2", "ecs", "server", "compute"],
        "function": ["lambda", "function"],
        "permission": ["iam", "role", "policy", "permission"],
        "dns": ["route53", "record", "zone", "dns"],
        "cache": ["elasticache", "redis", "memcached", "cache"],
        "balancer": ["lb", "alb", "elb", "balancer", "listener"],
        "monitoring": ["cloudwatch", "alarm", "dashboard", "monitoring"],
        "security": ["security", "waf", "guardduty", "kms"],
    ]
}

import Foundation
import Intents

/// Judges an explain JSON object against a scored row with the rules of `score-intents`.
enum ScorerJudge {
    static let destructive: Set<String> = [
        "apply_run", "discard_run", "cancel_run", "force_cancel_run", "force_execute_run",
    ]

    /// Why `prediction` fails `row`, or `nil` when it passes.
    static func failure(of prediction: [String: Any], for row: HeldOutCases.Row) -> String? {
        let got = prediction["intent"] as? String ?? "<none>"
        guard row.intents.contains(got) else { return "intent \(got) not in \(row.intents)" }
        if ["help", "unknown", "clarify"].contains(got) { return nil }
        let wanted =
            (try? JSONSerialization.jsonObject(with: Data(row.arguments.utf8))) as? [String: Any]
            ?? [:]
        let arguments = prediction["arguments"] as? [String: Any] ?? [:]
        for (key, want) in wanted where !matches(key: key, want: want, got: arguments[key]) {
            return "\(key): want \(want), got \(String(describing: arguments[key]))"
        }
        for flag in ["is_destroy", "auto_apply", "refresh_only"]
        where wanted[flag] == nil && arguments[flag] as? Bool == true {
            return "\(flag) set but not asked for"
        }
        return nil
    }

    /// Whether a JSON object is a destructive intent (as the scorer counts misfires).
    static func isDestructive(_ prediction: [String: Any]) -> Bool {
        let intent = prediction["intent"] as? String ?? ""
        let arguments = prediction["arguments"] as? [String: Any] ?? [:]
        return destructive.contains(intent)
            || (intent == "create_run"
                && (arguments["is_destroy"] as? Bool == true
                    || arguments["auto_apply"] as? Bool == true))
    }

    private static func norm(_ value: Any?) -> String {
        guard let value else { return "<nil>" }
        if let text = value as? String {
            return text.trimmingCharacters(in: .whitespaces).lowercased()
        }
        return "\(value)"
    }

    private static func matches(key: String, want: Any, got: Any?) -> Bool {
        if let rule = want as? [String: Any],
            rule["includes"] != nil || rule["allowed"] != nil || rule["nonempty"] != nil
        {
            var raw: [Any] = []
            if let list = got as? [Any] {
                raw = list
            } else if let got {
                raw = [got]
            }
            let values: [String] = raw.map { norm($0) }
            let includes = (rule["includes"] as? [Any] ?? []).map(norm)
            let allowed = Set(
                (rule["allowed"] as? [Any] ?? rule["includes"] as? [Any] ?? []).map(norm) + includes
            )
            if rule["nonempty"] as? Bool == true, values.isEmpty { return false }
            return includes.allSatisfy(values.contains) && values.allSatisfy(allowed.contains)
        }
        if let rule = want as? [String: Any], rule["min"] != nil || rule["max"] != nil {
            guard let number = got as? Double ?? (got as? Int).map(Double.init) else {
                return false
            }
            let low = (rule["min"] as? NSNumber)?.doubleValue ?? -1e18
            let high = (rule["max"] as? NSNumber)?.doubleValue ?? 1e18
            return number >= low && number <= high
        }
        if key == "variables" {
            guard let object = got as? [String: Any], let wanted = want as? [String: Any] else {
                return false
            }
            return object.mapValues { "\($0)" } == wanted.mapValues { "\($0)" }
        }
        if let list = want as? [Any] {
            guard let values = got as? [Any] else { return false }
            return values.map(norm).sorted() == list.map(norm).sorted()
        }
        if ["plan_only", "is_destroy", "auto_apply", "refresh_only"].contains(key),
            let flag = want as? Bool
        {
            return (got as? Bool == true) == flag
        }
        if let number = want as? NSNumber, !(want is String) {
            return (got as? NSNumber)?.doubleValue == number.doubleValue
        }
        return norm(got) == norm(want)
    }
}

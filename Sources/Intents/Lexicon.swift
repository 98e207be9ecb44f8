/// The words the matcher knows: verbs, statuses, operations, fillers and function words.
enum Lexicon {
    /// What a verb asks for.
    enum Verb: Sendable, Equatable {
        case apply, discard, cancel, forceCancel, forceExecute, execute
        case create, destroy, refresh, replace
        case show, list, details, watch, help, outOfScope
    }

    /// Verbs by their base form.
    static let verbs: WordTable<Verb> = [
        "apply": .apply, "approve": .apply, "confirm": .apply, "ship": .apply,
        "discard": .discard, "reject": .discard, "decline": .discard, "dismiss": .discard,
        "scrap": .discard, "trash": .discard,
        "cancel": .cancel, "abort": .cancel, "stop": .cancel, "kill": .cancel, "halt": .cancel,
        "terminate": .cancel, "interrupt": .cancel,
        "forcecancel": .forceCancel, "force_cancel": .forceCancel,
        "force_cancel_run": .forceCancel,
        "forceexecute": .forceExecute, "force_execute": .forceExecute,
        "force_execute_run": .forceExecute, "execute": .execute,
        "create": .create, "start": .create, "trigger": .create, "queue": .create,
        "launch": .create, "begin": .create, "initiate": .create, "kick": .create,
        "rerun": .create, "schedule": .create, "retry": .create, "create_run": .create,
        "plan": .create,
        "run": .create,
        "destroy": .destroy, "teardown": .destroy, "nuke": .destroy, "decommission": .destroy,
        "refresh": .refresh, "replace": .replace, "recreate": .replace, "taint": .replace,
        "replacement": .replace,
        "list": .list, "ran": .list, "show": .show, "display": .show, "find": .show, "view": .show,
        "see": .show, "fetch": .show, "get": .show, "give": .show, "print": .show,
        "check": .show, "lookup": .show, "search": .show, "pull": .show, "tell": .show,
        "list_runs_in_workspace": .list, "list_runs_in_organization": .list,
        "describe": .details, "inspect": .details, "details": .details, "detail": .details,
        "info": .details, "information": .details, "status": .details, "summary": .details,
        "summarize": .details, "state": .details, "progress": .details,
        "get_run_details": .details, "get_workspace_details": .details,
        "watch": .watch, "wait": .watch, "follow": .watch, "tail": .watch, "monitor": .watch,
        "track": .watch, "watch_run": .watch,
        "help": .help, "usage": .help, "commands": .help, "explain": .help,
        "delete": .outOfScope, "remove": .outOfScope, "rename": .outOfScope,
        "lock": .outOfScope, "unlock": .outOfScope, "move": .outOfScope,
        "update": .outOfScope, "edit": .outOfScope, "modify": .outOfScope,
        "change": .outOfScope, "add": .outOfScope, "upgrade": .outOfScope,
        "downgrade": .outOfScope, "archive": .outOfScope, "invite": .outOfScope,
        "enable": .outOfScope, "disable": .outOfScope, "erase": .outOfScope,
        "clone": .outOfScope, "copy": .outOfScope, "import": .outOfScope,
        "login": .outOfScope, "logout": .outOfScope, "install": .outOfScope,
        "merge": .outOfScope, "push": .outOfScope, "commit": .outOfScope,
        "set": .outOfScope, "remind": .outOfScope, "book": .outOfScope, "email": .outOfScope,
        "send": .outOfScope, "buy": .outOfScope, "download": .outOfScope,
        "upload": .outOfScope, "connect": .outOfScope, "disconnect": .outOfScope,
        "restart": .outOfScope, "reboot": .outOfScope, "override": .outOfScope,
        "roll": .outOfScope, "rollback": .outOfScope, "revert": .outOfScope,
        "rotate": .outOfScope, "revoke": .outOfScope, "grant": .outOfScope, "ssh": .outOfScope,
        "apply_run": .apply, "discard_run": .discard, "cancel_run": .cancel,
    ]

    /// Words that make the next verb a forced one ("force cancel").
    static let forceWords: WordSet = ["force", "forced", "forcefully", "forcibly", "hard"]

    /// Status words and the API status names they stand for.
    static let statuses: WordTable<[String]> = [
        "errored": ["errored"], "error": ["errored"], "errors": ["errored"],
        "erroring": ["errored"], "failed": ["errored"], "failing": ["errored"],
        "failure": ["errored"], "failures": ["errored"], "broken": ["errored"],
        "unsuccessful": ["errored"], "fail": ["errored"], "fails": ["errored"],
        "succeed": ["applied", "planned_and_finished"],
        "finish": ["applied", "planned_and_finished"],
        "applied": ["applied"], "deployed": ["applied"],
        "successful": ["applied", "planned_and_finished"],
        "succeeded": ["applied", "planned_and_finished"],
        "completed": ["applied", "planned_and_finished"],
        "finished": ["applied", "planned_and_finished"],
        "canceled": ["canceled"], "cancelled": ["canceled"], "aborted": ["canceled"],
        "stopped": ["canceled"], "killed": ["canceled"],
        "discarded": ["discarded"], "rejected": ["discarded"],
        "planned": ["planned"], "confirmable": confirmable, "unapplied": confirmable,
        "pending": ["pending"], "queued": ["plan_queued"], "waiting": ["pending"],
        "planning": ["planning"], "applying": ["applying"],
        "running": inFlight, "stuck": inFlight, "active": inFlight, "ongoing": inFlight,
        "hung": inFlight, "hanging": inFlight, "inflight": inFlight,
    ]

    /// Statuses of a run awaiting confirmation.
    static let confirmable = [
        "planned", "cost_estimated", "policy_checked", "policy_override", "post_plan_completed",
    ]

    /// The statuses of runs waiting for an action: what "runs to be applied" filters on.
    static func awaiting(_ verb: Verb) -> [String]? {
        switch verb {
        case .apply: confirmable
        case .discard: ["pending"] + confirmable
        case .cancel, .forceCancel: inFlight
        case .forceExecute, .execute: ["pending"]
        default: nil
        }
    }

    /// Statuses of a run that is doing something now.
    static let inFlight = ["planning", "applying"]

    /// Operation words and the API operation names they stand for.
    static let operations: WordTable<String> = [
        "destroy": "destroy", "destroying": "destroy", "destruction": "destroy",
        "teardown": "destroy",
        "speculative": "plan_only", "refresh": "refresh_only",
    ]

    /// Words that negate what follows them.
    static let negators: WordSet = ["not", "never", "no", "without", "nothing", "none"]

    /// Words that carry no meaning for the matcher.
    static let fillers: WordSet = [
        "please", "pls", "plz", "kindly", "hey", "hi", "hello", "ok", "okay", "yo", "tfcsh",
        "thanks", "thank", "thx", "just", "now", "quickly", "asap", "also", "go", "ahead",
        "alright", "so", "um", "uh", "well", "actually", "sure", "yes", "yeah", "dear",
        "quick", "real", "immediately", "again",
    ]

    /// Function words: never workspace names, never worth correcting.
    static let functionWords: WordSet = WordSet([
        "the", "a", "an", "my", "our", "your", "their", "me", "us", "i", "we", "you", "it", "its",
        "this", "that", "these", "those", "all", "any", "every", "each", "some", "of", "in", "on",
        "for", "at", "from", "to", "with", "and", "or", "then", "is", "are", "was", "were", "be",
        "been", "being", "do", "does", "did", "done", "can", "could", "would", "will", "should",
        "may", "might", "must", "have", "has", "had", "what", "which", "who", "how", "why",
        "when", "where", "there", "here", "one", "ones", "only", "latest", "last", "recent",
        "recently", "most", "newest", "first", "second", "third", "fourth", "fifth", "next",
        "previous", "run", "runs", "plan", "plans", "workspace", "workspaces", "ws", "org",
        "orgs", "organization", "organisation", "many", "much", "about", "by", "as", "if", "but",
        "like", "want", "need", "let", "lets", "into", "over", "across", "within", "since",
        "ago", "past", "today", "yesterday", "week", "weeks", "month", "months", "day", "days",
        "hour", "hours", "year", "years", "time", "named", "called", "new", "up", "out",
        "off", "same", "again", "too", "long", "way", "possible", "able", "happens", "happen",
        "mean", "means", "work", "works", "difference", "between", "auto", "automatically",
        "targeted", "target", "targeting", "targets", "resource", "resources", "variable",
        "variables", "var", "vars", "message", "comment", "reason", "because", "saying", "id",
        "ids", "them", "they", "him", "her", "am", "oh", "make", "made", "do", "doing", "going",
        "still", "yet", "everything", "anything", "something", "stuff", "things", "thing",
        "right", "away", "set", "value", "values", "custom", "only", "dry", "mode", "whole",
        "entire", "everywhere", "history", "activity", "approval", "awaiting", "confirmation",
        "needs", "needing", "requiring", "require", "progress", "number", "top", "few",
        "several", "them", "apply", "plan", "latest", "kicked", "triggered", "started",
        "created", "why", "taking", "forever", "again", "there", "same", "those", "changes",
        "change", "needed", "immediately", "tell", "about", "see", "look", "looks", "okay",
        "good", "great", "fine", "show", "list", "get", "queue", "queued", "happened",
        "going", "go", "went", "gone", "lately", "other", "else", "more", "less", "than",
        "new", "old", "older", "newer", "fresh", "normal", "regular", "full", "complete",
        "everyone", "team", "someone", "who", "whose", "said", "say", "says", "please",
        "effect", "affects", "affect", "affecting", "touching", "touch", "just", "both",
        "either", "neither", "nor", "so", "very", "really", "also", "even", "ever",
        "maybe", "perhaps", "possibly", "probably", "think", "wonder", "wondering", "whether",
        "later", "tomorrow", "unless", "suppose", "considering", "thinking", "hypothetically",
        "safe", "wise", "idea", "worth", "risky", "ready", "mind", "kidding", "scratch",
        "forget", "keep", "wait", "unable", "tried", "trying", "attempted", "nvm", "nah",
        "oops", "ignore", "disregard", "hold", "nope", "skip", "drop", "catch",
    ])

    /// Hyphenated or joined command words and their parts.
    static let compounds: WordTable<[String]> = [
        "plan-only": ["plan", "only"], "planonly": ["plan", "only"], "plan_only": ["plan", "only"],
        "auto-apply": ["auto", "apply"], "autoapply": ["auto", "apply"],
        "auto_apply": ["auto", "apply"], "auto-applies": ["auto", "applies"],
        "auto-applied": ["auto", "applied"],
        "force-cancel": ["force", "cancel"], "force-execute": ["force", "execute"],
        "force-canceled": ["force", "canceled"], "force-cancelled": ["force", "cancelled"],
        "force_canceled": ["force", "canceled"], "forcecanceled": ["force", "canceled"],
        "force-replace": ["force", "replace"], "force-replacement": ["force", "replacement"],
        "force-run": ["force", "run"], "force-start": ["force", "start"],
        "refresh-only": ["refresh", "only"], "refresh_only": ["refresh", "only"],
        "dry-run": ["dry", "run"], "dryrun": ["dry", "run"], "re-run": ["rerun"],
        "tear-down": ["teardown"], "kick-off": ["kick", "off"],
        "dont": ["do", "not"], "doesnt": ["does", "not"], "didnt": ["did", "not"],
        "cant": ["can", "not"], "cannot": ["can", "not"], "wont": ["will", "not"],
        "shouldnt": ["should", "not"], "isnt": ["is", "not"], "arent": ["are", "not"],
        "wasnt": ["was", "not"], "werent": ["were", "not"], "havent": ["have", "not"],
        "hasnt": ["has", "not"], "im": ["i", "am"], "whats": ["what", "is"],
        "hows": ["how", "is"], "wheres": ["where", "is"], "thats": ["that", "is"],
        "-target": ["target"], "--target": ["target"], "-replace": ["replace"],
        "--replace": ["replace"], "-var": ["var"], "--var": ["var"], "-destroy": ["destroy"],
        "--destroy": ["destroy"], "-refresh-only": ["refresh", "only"],
        "-auto-approve": ["auto", "apply"], "--auto-approve": ["auto", "apply"],
        "auto-approve": ["auto", "apply"], "-m": ["message"], "re-create": ["recreate"],
        "check-in": ["check"], "look-up": ["lookup"], "in-progress": ["in", "progress"],
        "in-flight": ["inflight"], "u": ["you"],
    ]

    /// Words that a hyphen may join into a run-kind compound not listed above
    /// ("apply-automatically", "destroy-only"); a word of only these is split at its hyphens.
    static let runKindParts: WordSet = [
        "auto", "apply", "automatically", "plan", "only", "refresh", "destroy", "force",
        "cancel", "execute", "dry", "run", "speculative", "replace", "target",
    ]

    /// Contractions whose base changes ("won't" -> will not).
    static let irregularContractions: WordTable<[String]> = [
        "can't": ["can", "not"], "won't": ["will", "not"], "ain't": ["is", "not"],
        "let's": ["let", "us"], "shan't": ["shall", "not"],
    ]

    /// Contraction endings and the words they stand for, longest first.
    static let contractionSuffixes: [(String, String)] = [
        ("n't", "not"), ("'re", "are"), ("'ve", "have"), ("'ll", "will"), ("'d", "would"),
        ("'m", "am"), ("'s", "is"),
    ]

    /// Whether a word before "'s" is a subject ("it's") rather than an owner ("staging's").
    static func isSubject(_ word: String) -> Bool {
        ["it", "that", "what", "who", "where", "how", "there", "here", "he", "she", "this"]
            .contains(word)
    }

    /// Number words up to twenty, and a few more.
    static let numbers: WordTable<Int> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
        "thirty": 30, "fifty": 50, "hundred": 100, "a": 1, "an": 1, "couple": 2,
    ]

    /// Ordinal words and the position (from 1) they name.
    static let ordinals: WordTable<Int> = [
        "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
        "4th": 4, "fifth": 5, "5th": 5, "sixth": 6, "6th": 6, "seventh": 7, "7th": 7,
        "eighth": 8, "8th": 8, "ninth": 9, "9th": 9, "tenth": 10, "10th": 10,
    ]

    /// Determiners that make the next word a noun ("the apply", "a plan").
    static let determiners: WordSet = [
        "the", "a", "an", "this", "that", "its", "my", "our", "your", "their", "last", "latest",
        "each", "every", "any", "some", "which", "whose", "no",
    ]

    /// Command words a typo may be corrected to, looked up by length.
    static let correctable: [String] = {
        var words = Set(verbs.keys.filter { !$0.contains("_") })
        words.formUnion(statuses.keys)
        words.formUnion([
            "runs", "workspace", "workspaces", "organization", "details", "status", "approval",
            "awaiting", "yesterday", "today", "week", "month", "days", "weeks", "months",
            "latest", "recent", "speculative", "variables", "message", "comment", "targeting",
            "resources", "please", "force", "automatically", "destroy", "refresh", "only",
            "because", "pending",
        ])
        // Short synonyms of destructive verbs sit one letter from everyday words ("skip" and
        // "ship", "kilt" and "kill", "step" and "stop"): they are only taken as typed.
        words.subtract(["ship", "kill", "stop", "halt", "trash", "scrap", "nuke"])
        return words.filter { $0.count >= 4 }.sorted()
    }()

    /// Whether `word` is one the matcher knows (so never a workspace name by itself).
    static func isKnown(_ word: String) -> Bool {
        knownWords.contains(word)
    }

    /// Every word of every table, for one lookup instead of ten.
    private static let knownWords: WordSet = {
        var words = Set(functionWords.words)
        for set in [fillers, negators, forceWords, smallTalk] { words.formUnion(set.words) }
        words.formUnion(verbs.keys)
        words.formUnion(statuses.keys)
        words.formUnion(numbers.keys)
        words.formUnion(ordinals.keys)
        words.formUnion(operations.keys)
        return WordSet(words)
    }()

    /// Nouns of HCP Terraform or a developer's day that no run tool acts on or lists: a
    /// verb whose object is one of them ("list the teams", "cancel the webhook") asks for
    /// something tfcsh does not do.
    static let outsideNouns: WordSet = [
        "team", "teams", "access", "permission", "permissions", "token", "tokens", "webhook",
        "webhooks", "notification", "notifications", "subscription", "session", "versions",
        "member", "members", "membership", "billing", "invoice", "button", "buttons", "repo",
        "repository", "branch", "git", "github", "local", "secret", "secrets", "password",
        "user", "users", "agent", "agents", "meeting", "pod", "pods",
    ]

    /// Words of small talk and requests outside tfcsh's scope.
    static let smallTalk: WordSet = [
        "joke", "weather", "love", "hate", "funny", "story", "poem", "song", "coffee", "lunch",
        "bye", "goodbye", "morning", "evening", "night", "name", "age", "sing", "dance",
    ]
}

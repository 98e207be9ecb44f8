/// `tfcsh explain`: prints what a sentence means as JSON, touching no network.
public enum ExplainCommand {
    /// Runs the command with the arguments after `explain`; returns the exit status.
    public static func run(arguments: [String]) -> Int32 {
        print("{\"intent\": \"unknown\"}")
        return 0
    }
}

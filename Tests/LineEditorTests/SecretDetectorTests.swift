import Testing

@testable import LineEditor

@Suite("Secret detection for history")
struct SecretDetectorTests {
    @Test(
        "lines that carry a credential are flagged",
        arguments: [
            "use token Xq9mPa2kLw8eRt5y.atlasv1.abcdEFGH1234ijklMNOP5678qrstUVWX9012yzab",
            "TFE_TOKEN=abc123",
            "export tfe_token=abc123",
            "TF_TOKEN_app_terraform_io=abc123def",
            "token s3cr3tvalue99",
            "set --password hunter22hunter22",
            "curl -H bearer eyJhbGciOiJIUzI1NiJ9",
            "aws key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
            "ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8",
        ]
    )
    func flagsSecrets(line: String) {
        #expect(SecretDetector.containsSecret(line))
    }

    @Test(
        "ordinary shell sentences are not flagged",
        arguments: [
            "list runs in staging",
            "show run run-CZcmD7eagjhyX0vN",
            "apply workspace ws-2Qhk7LHgbMrm3grF",
            "what token am I using",
            "plan for commit 3f786850e387550fdab836ed7e6dc881de23001b",
            "lock workspace 123e4567-e89b-12d3-a456-426614174000",
            "café crème",
        ]
    )
    func passesOrdinaryLines(line: String) {
        #expect(!SecretDetector.containsSecret(line))
    }

    @Test("entropy is zero for one repeated character and higher for varied text")
    func entropy() {
        #expect(SecretDetector.entropyPerCharacter("aaaaaaaa") == 0)
        #expect(SecretDetector.entropyPerCharacter("abcdefgh") == 3)
    }

    @Test(
        "redaction replaces only the secret part and keeps the rest of the text",
        arguments: [
            (
                "login TFE_TOKEN=abcdefghijklmn.atlasv1.SECRETSECRETSECRET now",
                "login TFE_TOKEN=[redacted] now"
            ),
            ("use token s3cr3tvalue99 please", "use token [redacted] please"),
            (
                "key \"Xq9mPa2kLw8eRt5y.atlasv1.abcdEFGH1234\"\n\n",
                "key \"[redacted]\"\n\n"
            ),
            ("see ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8.", "see [redacted]."),
            (
                "list runs in staging\r\n  run-CZcmD7eagjhyX0vN",
                "list runs in staging\r\n  run-CZcmD7eagjhyX0vN"
            ),
            ("with my-configured-token inside", "with [redacted] inside"),
        ]
    )
    func redacts(text: String, expected: String) {
        #expect(SecretDetector.redact(text, known: ["my-configured-token"]) == expected)
    }

    @Test("a known secret is flagged even when it looks like an ordinary word")
    func knownSecret() {
        #expect(
            SecretDetector.containsSecret(
                "list runs plainlookingtoken",
                known: ["plainlookingtoken"]
            )
        )
        #expect(!SecretDetector.containsSecret("list runs", known: ["plainlookingtoken"]))
        var store = HistoryStore()
        store.knownSecrets = ["plainlookingtoken"]
        #expect(!store.accepts("show plainlookingtoken"))
        #expect(store.accepts("list runs in dev"))
    }
}

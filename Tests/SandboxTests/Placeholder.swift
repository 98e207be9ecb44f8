import Testing

@Suite("SandboxTests placeholder")
struct SandboxTestsPlaceholder {
    @Test("the target builds and runs")
    func builds() {
        #expect(1 + 1 == 2)
    }
}

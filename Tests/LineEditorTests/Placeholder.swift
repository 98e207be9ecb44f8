import Testing

@Suite("LineEditorTests placeholder")
struct LineEditorTestsPlaceholder {
    @Test("the target builds and runs")
    func builds() {
        #expect(1 + 1 == 2)
    }
}

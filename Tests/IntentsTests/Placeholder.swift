import Testing

@Suite("IntentsTests placeholder")
struct IntentsTestsPlaceholder {
    @Test("the target builds and runs")
    func builds() {
        #expect(1 + 1 == 2)
    }
}

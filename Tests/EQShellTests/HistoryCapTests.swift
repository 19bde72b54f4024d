import Testing
@testable import EQShell
#if canImport(Glibc)
import Glibc
#endif

/// The history file is capped: a file far over the limit is read from its tail only and trimmed as
/// soon as the shell starts (a 160 MB file used to add 17 s to every start and was never trimmed while
/// sessions were killed rather than ended).
struct HistoryCapTests {
    func write(_ text: String, to path: String) {
        let bytes = Array(text.utf8)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    func contents(_ path: String) -> String {
        String(decoding: FileDescriptor.readAll(path: path) ?? [], as: UTF8.self)
    }

    @Test func aFileOverTheLimitIsTrimmedWhenTheStoreOpens() throws {
        let path = try TemporaryFile.path()
        write((1...25_000).map { "q\($0)\n" }.joined(), to: path)
        let store = HistoryStore(path: path, limit: 10)
        #expect(store.entries == (24_991...25_000).map { "q\($0)" })
        #expect(contents(path) == (24_991...25_000).map { "q\($0)\n" }.joined())
        #expect(store.problem == nil)
    }

    @Test func onlyTheTailIsReadButEscapesAndRepeatsStillCount() throws {
        let path = try TemporaryFile.path()
        let long = String(repeating: "x", count: 200_000)
        write(long + "\n" + "a\\nb\n" + "c\n" + "c\n" + "d\n", to: path)
        let store = HistoryStore(path: path, limit: 3)
        #expect(store.entries == ["a\nb", "c", "d"])
        #expect(contents(path) == "a\\nb\nc\nd\n")
    }

    @Test func aFileWithinTheLimitIsLeftAsItIs() throws {
        let path = try TemporaryFile.path()
        write("q1\nq1\nq2\n", to: path)
        let store = HistoryStore(path: path, limit: 10)
        #expect(store.entries == ["q1", "q2"])
        #expect(contents(path) == "q1\nq1\nq2\n")
    }

    @Test func theLimitComesFromEQHISTSIZE() {
        #expect(HistoryStore.limit(environment: [:]) == 10_000)
        #expect(HistoryStore.limit(environment: ["EQ_HISTSIZE": "250"]) == 250)
        #expect(HistoryStore.limit(environment: ["EQ_HISTSIZE": "0"]) == 10_000)
        #expect(HistoryStore.limit(environment: ["EQ_HISTSIZE": "lots"]) == 10_000)
    }
}

import Testing
@testable import EQShell
#if canImport(Glibc)
import Glibc
#endif

struct HistoryStoreTests {
    /// Found by the history fuzz target: a lone CR in a file another program wrote read as part of the
    /// entry, but the rewrite of an over-long file drops it, so the same file read twice differed.
    @Test func aLoneCarriageReturnReadsTheSameBeforeAndAfterARewrite() throws {
        let path = try TemporaryFile.path()
        let bytes = Array("a\r\nb\rc\n\\rad\nx\\\ry\n".utf8)
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        #expect(fd >= 0)
        #expect(bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) } == bytes.count)
        close(fd)
        let first = HistoryStore(path: path, limit: 2)
        #expect(first.entries == ["rad", "x\\y"])
        #expect(HistoryStore(path: path, limit: 2).entries == first.entries)
        #expect(HistoryStore.parse("b\rc\n") == ["bc"])
    }

    @Test func entriesPersistAcrossInstances() throws {
        let path = try TemporaryFile.path()
        let first = HistoryStore(path: path)
        first.append("users | count")
        first.append("users where name contains \"José\"")
        let second = HistoryStore(path: path)
        #expect(second.entries == ["users | count", "users where name contains \"José\""])
        #expect(second.problem == nil)
    }

    @Test func consecutiveDuplicatesAndBlankEntriesAreDropped() throws {
        let path = try TemporaryFile.path()
        let store = HistoryStore(path: path)
        #expect(store.append("users"))
        #expect(!store.append("users"))
        #expect(!store.append("   "))
        #expect(store.append("events"))
        #expect(store.append("users"))
        #expect(HistoryStore(path: path).entries == ["users", "events", "users"])
    }

    @Test func multiLineEntriesSurviveTheOneLineFormat() throws {
        let path = try TemporaryFile.path()
        HistoryStore(path: path).append("users\n| count \\\\ done")
        #expect(HistoryStore(path: path).entries == ["users\n| count \\\\ done"])
    }

    @Test func compactKeepsTheNewestEntriesUpToTheLimit() throws {
        let path = try TemporaryFile.path()
        let store = HistoryStore(path: path, limit: 3)
        for number in 1...5 { store.append("q\(number)") }
        #expect(store.entries == ["q3", "q4", "q5"])
        store.compact()
        #expect(String(decoding: FileDescriptor.readAll(path: path) ?? [], as: UTF8.self) == "q3\nq4\nq5\n")
    }

    @Test func aBinaryFileIsReportedAndLeftUntouched() throws {
        let path = try TemporaryFile.path(contents: [0x71, 0x00, 0xFF, 0xFE, 0x0A])
        let store = HistoryStore(path: path)
        #expect(store.entries.isEmpty)
        #expect(store.problem?.contains("not a text file") == true)
        store.append("users")
        store.compact()
        #expect(FileDescriptor.readAll(path: path) == [0x71, 0x00, 0xFF, 0xFE, 0x0A])
    }

    @Test func anUnreadablePathIsReportedOnce() throws {
        let directory = try TemporaryFile.directory()
        let store = HistoryStore(path: directory)
        #expect(store.problem?.contains("cannot read history file") == true)
        let first = store.problem
        store.append("users")
        #expect(store.problem == first)
        #expect(store.entries == ["users"])
    }

    @Test func environmentChoosesThePath() {
        #expect(HistoryStore.defaultPath(environment: ["HOME": "/home/ann"]) == "/home/ann/.eq_history")
        #expect(HistoryStore.defaultPath(environment: ["HOME": "/home/ann", "EQ_HISTORY": "/tmp/h"]) == "/tmp/h")
        #expect(HistoryStore.defaultPath(environment: ["EQ_HISTORY": ""]) == nil)
    }

    /// Numbers are positions in the whole history, so an entry has one number in both listings.
    @Test func listingLeavesOutMetaCommandsUnlessAll() {
        let entries = ["users | count", ".clear", "  .mode csv", "users | count by role"]
        #expect(HistoryStore.listing(entries, includingMetaCommands: false) == "1  users | count\n4  users | count by role")
        #expect(HistoryStore.listing(entries, includingMetaCommands: true)
                == "1  users | count\n2  .clear\n3    .mode csv\n4  users | count by role")
        #expect(HistoryStore.listing([".clear"], includingMetaCommands: false).hasPrefix("no statements"))
    }
}

/// Paths under a fresh directory in /tmp, one per test.
enum TemporaryFile {
    static func directory() throws -> String {
        var template = Array("/tmp/eq-shell-test-XXXXXX".utf8CString)
        guard let made = mkdtemp(&template) else { throw TemporaryFileError() }
        return String(cString: made)
    }

    static func path(contents: [UInt8]? = nil) throws -> String {
        let path = try directory() + "/history"
        if let contents {
            let fd = open(path, O_WRONLY | O_CREAT, 0o600)
            _ = contents.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            close(fd)
        }
        return path
    }

    struct TemporaryFileError: Error {}
}

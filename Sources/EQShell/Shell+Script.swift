import EQDiagnostics
import EQEngine
#if canImport(Glibc)
import Glibc
#endif

extension Shell {
    func runPiped(input: Int32) -> Int32 {
        var reader = LineReader(fd: input)
        let ranAll = runLines(sourceName: "stdin") { reader.next() }
        let succeeded = flushJSON() && ranAll
        output.reset()
        if session.cancellation.isCancelled { return ScriptRunner.interruptedStatus }
        return succeeded ? 0 : 1
    }

    /// `.read FILE` and `eq -i FILE`: the file's statements and meta-commands, stopping at the first
    /// failure. False when it failed.
    @discardableResult
    func runScript(path: String) -> Bool {
        guard readDepth < 16 else {
            report(Diagnostic("\(path): scripts read each other more than 16 levels deep"))
            return false
        }
        guard var bytes = FileDescriptor.readAll(path: path) else {
            report(Diagnostic("cannot read \(path): \(FileDescriptor.lastErrorText)"))
            return false
        }
        // A byte-order mark (Windows editors write one) is not part of the script.
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        return runScript(text: String(decoding: bytes, as: UTF8.self), sourceName: path)
    }

    @discardableResult
    func runScript(text: String, sourceName: String) -> Bool {
        readDepth += 1
        defer { readDepth -= 1 }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        if lines.last == "" { lines.removeLast() }
        return runLines(sourceName: sourceName) {
            lines.popFirst().map { $0.hasSuffix("\r") ? String($0.dropLast()) : String($0) }
        }
    }

    /// Statements and meta-commands from `nextLine` until it runs dry, `.quit`, or the first failure
    /// (with `--keep-going`, on to the end). False when anything failed.
    func runLines(sourceName: String, nextLine: () -> String?) -> Bool {
        var assembler = StatementAssembler(waitsForPipeLines: true)
        var succeeded = true
        while !shouldQuit, let line = nextLine() {
            for unit in assembler.add(line) where !perform(unit, sourceName: sourceName) {
                succeeded = false
                if !options.keepGoing { return false }
            }
        }
        for unit in assembler.finish() where !shouldQuit && !perform(unit, sourceName: sourceName) {
            succeeded = false
            if !options.keepGoing { return false }
        }
        return succeeded
    }

    /// False when the statement or meta-command failed. Typed statements number their lines from 1
    /// (the user sees only the statement they just typed); script statements keep the script's lines.
    @discardableResult
    func perform(_ unit: StatementAssembler.Unit, sourceName: String, linesFromOne: Bool = false) -> Bool {
        switch unit {
        case .statement(let text, let line):
            return execute(text, sourceName: sourceName, firstLine: linesFromOne ? 1 : line)
        case .metaCommand(let text, let line):
            return runMetaCommand(text, sourceName: sourceName, line: linesFromOne ? 1 : line)
        }
    }
}

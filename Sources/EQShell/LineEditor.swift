import CLibEdit
import EQOutput
#if canImport(Glibc)
import Glibc
#endif

/// What one call to `LineEditor.readLine` produced.
enum LineInput: Equatable {
    case line(String)
    /// Ctrl-C while typing: the caller drops the line and any statement in progress.
    case interrupted
    /// Ctrl-D on an empty line, or the terminal went away.
    case endOfInput
}

/// Line editing through libedit's native API, for a terminal only (piped input never reaches it, so
/// piped lines never land in the history).
///
/// The libedit callbacks are C functions; each finds this object again through `EL_CLIENTDATA`, so the
/// prompt and completion need no global state.
final class LineEditor {
    /// Given the line and the cursor's byte offset, the completion to offer (nil: nothing fits).
    typealias Completer = (_ line: String, _ cursor: Int) -> CompletionResult?

    private let editLine: OpaquePointer
    private let history: OpaquePointer
    /// Kept as C bytes because libedit reads the prompt through a pointer it does not own.
    private var promptBytes: [CChar] = [0]
    private var interrupted = false
    var completer: Completer?

    init(program: String, historyLimit: Int) {
        LineEditor.configureLocale()
        editLine = eq_el_init(program)
        history = history_init()
        eq_history_set_size(history, Int32(historyLimit))
        eq_history_set_unique(history, 1)
        eq_el_set_history(editLine, history)
        eq_el_set_editor(editLine, "emacs")
        eq_el_set_signal(editLine, 0)
        eq_el_disable_tty_signals(editLine)
        eq_el_set_clientdata(editLine, Unmanaged.passUnretained(self).toOpaque())
        eq_el_set_prompt(editLine, LineEditor.promptCallback)
        eq_el_add_function(editLine, "eq-complete", "complete the word at the cursor", LineEditor.completeCallback)
        eq_el_add_function(editLine, "eq-interrupt", "abandon the line being typed", LineEditor.interruptCallback)
        eq_el_bind(editLine, "^I", "eq-complete")
        eq_el_bind(editLine, "^C", "eq-interrupt")
        eq_el_bind(editLine, "^R", "em-inc-search-prev")
        eq_el_bind(editLine, "^S", "em-inc-search-next")
        // Ctrl-L clears the screen and redraws the line being edited, as in bash and psql.
        eq_el_bind(editLine, "^L", "ed-clear-screen")
    }

    deinit {
        el_end(editLine)
        history_end(history)
    }

    /// Without a UTF-8 LC_CTYPE libedit silently drops every non-ASCII byte (`café` arrives as `caf`),
    /// and CI runs with LANG unset, which means the "C" locale.
    static func configureLocale() {
        let chosen = setlocale(LC_CTYPE, "").map { String(cString: $0) }
        if chosen == nil || chosen == "C" || chosen == "POSIX" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// Seeds arrow-up with entries from earlier sessions, oldest first.
    func loadHistory(_ entries: [String]) {
        for entry in entries { eq_history_enter(history, entry) }
    }

    func addHistory(_ entry: String) {
        eq_history_enter(history, entry)
    }

    func clearHistory() {
        eq_history_clear(history)
    }

    /// Reads one line, without its line break.
    func readLine(prompt: String) -> LineInput {
        promptBytes = Array(prompt.utf8CString)
        interrupted = false
        // The terminal may have been resized while a query ran; libedit only asks on its own SIGWINCH.
        el_resize(editLine)
        eq_el_prepare_terminal(editLine, 1)
        var count: Int32 = 0
        let raw = el_gets(editLine, &count)
        if interrupted { return .interrupted }
        guard let raw, count > 0 else {
            // libedit has echoed `^D`; the shell's next output must start on a fresh line.
            FileDescriptor.write("\n", to: STDOUT_FILENO)
            return .endOfInput
        }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    private static func editor(of editLine: OpaquePointer?) -> LineEditor? {
        guard let editLine, let data = eq_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<LineEditor>.fromOpaque(data).takeUnretainedValue()
    }

    private static let promptCallback: eq_el_prompt_function = { editLine in
        guard let editor = editor(of: editLine) else { return nil }
        return editor.promptBytes.withUnsafeMutableBufferPointer { $0.baseAddress }
    }

    private static let interruptCallback: eq_el_function = { editLine, _ in
        guard let editor = editor(of: editLine) else { return UInt8(CC_ERROR) }
        editor.interrupted = true
        // The typed text stays on screen, marked as abandoned the way a shell marks it. Only libedit's
        // own newline key moves the display to a fresh line, so one is queued as if typed.
        el_cursor(editLine, Int32.max / 2)
        el_insertstr(editLine, "^C")
        el_push(editLine, "\n")
        return UInt8(CC_REFRESH)
    }

    private static let completeCallback: eq_el_function = { editLine, _ in
        guard let editLine, let editor = editor(of: editLine), let info = el_line(editLine)?.pointee,
              let buffer = info.buffer else { return UInt8(CC_ERROR) }
        let length = info.lastchar - buffer
        let cursor = info.cursor - buffer
        let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
        let line = String(decoding: bytes, as: UTF8.self)
        guard let result = editor.completer?(line, cursor), !result.candidates.isEmpty else {
            return UInt8(CC_REFRESH_BEEP)
        }
        let typed = String(decoding: bytes[result.range.lowerBound..<min(cursor, result.range.upperBound)],
                           as: UTF8.self)
        let replacement: String
        if result.candidates.count == 1 {
            replacement = result.candidates[0] + (result.appendsSpace ? " " : "")
        } else {
            let prefix = CompletionResult.commonPrefix(of: result.candidates)
            guard prefix.utf8.count > typed.utf8.count else {
                editor.showCandidates(result.candidates)
                return UInt8(CC_REDISPLAY)
            }
            replacement = prefix
        }
        // el_deletestr counts characters (libedit stores the line as wide characters), not bytes.
        el_deletestr(editLine, Int32(typed.unicodeScalars.count))
        el_insertstr(editLine, replacement)
        return UInt8(CC_REFRESH)
    }

    /// Lists several candidates below the line in columns; libedit redraws the prompt after.
    private func showCandidates(_ candidates: [String]) {
        let width = TerminalInfo.width() ?? 80
        let cell = (candidates.map(\.count).max() ?? 0) + 2
        let perRow = max(1, width / cell)
        var text = "\n"
        for (index, candidate) in candidates.enumerated() {
            let isLast = index % perRow == perRow - 1 || index == candidates.count - 1
            text += candidate + (isLast ? "\n" : String(repeating: " ", count: cell - candidate.count))
        }
        FileDescriptor.write(text, to: STDOUT_FILENO)
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// A program running on a pseudo-terminal, driven as a user at a keyboard would drive it: keystrokes
/// go in, and what the terminal would show comes out, as emulated screen text and as a plain
/// transcript. The shell's end-to-end tests use it, because line editing, prompts and Ctrl-C only
/// exist on a terminal.
public final class PTYSession {
    public let pid: pid_t
    private let master: Int32
    private var received: [UInt8] = []
    private var exitStatus: Int32?
    public let columns: Int
    public let rows: Int

    public enum Key {
        public static let enter = "\r"
        public static let tab = "\t"
        public static let up = "\u{1B}[A"
        public static let down = "\u{1B}[B"
        public static let left = "\u{1B}[D"
        public static let ctrlA = "\u{01}"
        public static let ctrlC = "\u{03}"
        public static let ctrlD = "\u{04}"
        public static let ctrlE = "\u{05}"
        public static let ctrlL = "\u{0C}"
        public static let ctrlR = "\u{12}"
        public static let ctrlU = "\u{15}"
    }

    public struct SpawnError: Error, CustomStringConvertible {
        public var description: String
    }

    /// The fresh directory the program started in (its current directory), unless one was given.
    public let directory: String

    /// Starts `executable` as the leader of a new session whose controlling terminal is the
    /// pseudo-terminal, so Ctrl-C typed into it raises SIGINT in the program as on a real terminal.
    ///
    /// It starts in `directory`, by default a fresh temporary one, never the test's own: keys typed
    /// while a pager shows a result are the pager's commands, and `less` read `.maxrows 6` as "save
    /// to the file `6`" and left a file of that name in the checkout.
    public init(executable: String, arguments: [String] = [], environment: [String: String],
                columns: Int = 100, rows: Int = 30, directory: String? = nil) throws {
        self.columns = columns
        self.rows = rows
        if let directory {
            self.directory = directory
        } else {
            var template = Array("/tmp/eq-pty-XXXXXX".utf8CString)
            guard let made = mkdtemp(&template) else {
                throw SpawnError(description: "mkdtemp failed: \(String(cString: strerror(errno)))")
            }
            self.directory = String(cString: made)
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        var master: Int32 = -1
        var slave: Int32 = -1
        guard openpty(&master, &slave, nil, nil, &size) == 0 else {
            throw SpawnError(description: "openpty failed: \(String(cString: strerror(errno)))")
        }
        defer { close(slave) }
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        let slaveName = String(cString: ttyname(slave))
        self.master = master

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // Opened after setsid (glibc applies the session flag first), so it becomes the controlling tty.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        // glibc has had it since 2.29, but Swift's Glibc module does not export it.
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") else {
            throw SpawnError(description: "posix_spawn_file_actions_addchdir_np is missing from the C library")
        }
        typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32
        _ = unsafeBitCast(symbol, to: AddChdir.self)(&actions, self.directory)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGINT, SIGPIPE, SIGQUIT, SIGTERM] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        let setSession: Int32 = 0x80 // POSIX_SPAWN_SETSID, which Swift's Glibc module does not export
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | setSession))

        let argv = ([executable] + arguments).map { strdup($0) }
        let envp = environment.map { strdup("\($0.key)=\($0.value)") }
        defer { (argv + envp).forEach { free($0) } }
        var child: pid_t = 0
        let status = posix_spawn(&child, executable, &actions, &attributes, argv + [nil], envp + [nil])
        guard status == 0 else {
            close(master)
            throw SpawnError(description: "cannot start \(executable): \(String(cString: strerror(status)))")
        }
        pid = child
    }

    deinit {
        terminate()
        close(master)
    }

    public func send(_ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { write(master, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }

    /// Whether the program has the terminal in non-canonical mode, as a line editor waiting for keys
    /// does. Keys sent before that are cooked by the terminal driver (an early Ctrl-D is lost), so
    /// tests wait for this as well as for the prompt. (On Linux the master reports the slave's modes.)
    public var isReadingKeys: Bool {
        var modes = termios()
        return tcgetattr(master, &modes) == 0 && modes.c_lflag & tcflag_t(ICANON) == 0
    }

    /// Whether the terminal turns Ctrl-C into SIGINT, as it does while a statement runs; the line
    /// editor turns that off while it reads keys, so a test waits for this before interrupting.
    public var sendsSignals: Bool {
        var modes = termios()
        return tcgetattr(master, &modes) == 0 && modes.c_lflag & tcflag_t(ISIG) != 0
    }

    /// A position in the output, so a later wait looks only at what came after it.
    public var mark: Int { received.count }

    /// Reads until `text` appears in the transcript after `mark` (default: anywhere), or `timeout`
    /// seconds pass. Returns whether it appeared.
    @discardableResult
    public func waitFor(_ text: String, after mark: Int = 0, timeout: Double = 10) -> Bool {
        wait(timeout: timeout) { $0.transcript(after: mark).contains(text) }
    }

    /// Reads until `condition` holds for this session or `timeout` seconds pass.
    @discardableResult
    public func wait(timeout: Double = 10, until condition: (PTYSession) -> Bool) -> Bool {
        let deadline = PTYSession.now() + timeout
        while true {
            if condition(self) { return true }
            let remaining = deadline - PTYSession.now()
            if remaining <= 0 || !readAvailable(milliseconds: Int32(min(remaining, 0.1) * 1000)) && exitStatus != nil {
                return condition(self)
            }
        }
    }

    /// What arrived after `mark`, with escape sequences removed and the carriage returns and
    /// backspaces of line redrawing applied within each line.
    public func transcript(after mark: Int = 0) -> String {
        TerminalTranscript.plainText(Array(received[min(mark, received.count)...]))
    }

    /// The text of the emulated screen (including what scrolled off), one line per row, trailing
    /// blanks trimmed.
    public var screen: String {
        var emulator = TerminalScreen(columns: columns, rows: rows)
        emulator.feed(received)
        return emulator.text
    }

    /// Waits for the program to exit; its exit status, or nil if it is still running.
    public func waitForExit(timeout: Double = 10) -> Int32? {
        let deadline = PTYSession.now() + timeout
        while exitStatus == nil && PTYSession.now() < deadline {
            _ = readAvailable(milliseconds: 50)
            reap()
        }
        return exitStatus
    }

    public func terminate() {
        reap()
        guard exitStatus == nil else { return }
        kill(pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        exitStatus = -1
    }

    /// Returns whether anything was read.
    private func readAvailable(milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, milliseconds) > 0 else {
            reap()
            return false
        }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = chunk.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
        guard count > 0 else {
            // EIO: every slave descriptor is closed, so the program has exited.
            reap()
            if exitStatus == nil { usleep(10_000) }
            return false
        }
        received.append(contentsOf: chunk[0..<count])
        return true
    }

    private func reap() {
        guard exitStatus == nil else { return }
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid {
            let signal = status & 0x7F
            exitStatus = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        }
    }

    private static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}

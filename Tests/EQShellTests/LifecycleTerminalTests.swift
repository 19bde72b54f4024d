import EQTestSupport
import Testing

extension ShellTerminalTests {
    /// A lifecycle completes as a column after `where`, and its labels after `NAME =`.
    @Test func tabCompletesALifecycleAndItsLabels() throws {
        let (shell, _) = try startShell()
        let mark = shell.mark
        shell.send("define tier = case when score >= 900 then \"high\" else \"low\" end" + PTYSession.Key.enter)
        #expect(waitForPrompt(shell, after: mark))
        shell.send("users where ti" + PTYSession.Key.tab)
        #expect(shell.wait(timeout: 30) { $0.screen.contains("eq demo> users where tier") }, "\(shell.screen)")
        shell.send("= hi" + PTYSession.Key.tab)
        #expect(shell.wait(timeout: 30) { $0.screen.contains("eq demo> users where tier = high") }, "\(shell.screen)")
    }
}

import EQEngine

extension CommonOptions {
    /// Says once, before anything runs, that the data's newest login is too old for `today` (every user
    /// would be inactive), with the fix; on standard error, so results stay clean. `today` is left as it
    /// is: guessing it from the data would silently change what `status` means.
    func warnIfStale(_ session: Session) {
        guard let warning = session.takeStaleDataWarning() else { return }
        printError(warning.message)
    }
}

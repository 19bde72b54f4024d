import EQStore
import Foundation

extension ResultStreamWriter {
    /// Writes `table` to an open `FileHandle` (standard output, or a file the caller opened).
    public func write(_ table: Table, to handle: FileHandle) throws(OutputError) {
        try write(table, to: handle.fileDescriptor)
    }
}

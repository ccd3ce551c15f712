#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import NetraCore

/// Writing to the standard streams without ever trapping.
///
/// Foundation's `FileHandle.write(_:)` traps on any error, so a full disk or
/// `> /dev/full` ended netra with SIGILL and a register dump. Here every byte goes
/// through `write(2)` in a loop that survives interruptions, short writes and a
/// non-blocking descriptor; a real failure comes back as `OutputFailure`, which
/// `main` turns into one line on stderr and exit status 1.
enum Output {
    /// Writes all of `text` to standard output.
    static func write(_ text: String) throws(OutputFailure) {
        if let code = writeAll(Array(text.utf8), to: STDOUT_FILENO) { throw OutputFailure(code: code) }
    }

    /// Writes bytes as they are (a workbook) to standard output.
    static func write(bytes: [UInt8]) throws(OutputFailure) {
        if let code = writeAll(bytes, to: STDOUT_FILENO) { throw OutputFailure(code: code) }
    }

    /// Writes `netra: MESSAGE` and a newline to standard error. Best effort: when
    /// stderr itself cannot be written there is nowhere left to say so, and a
    /// warning must not end a command that otherwise works. The message is
    /// sanitised, as it may quote a path, `TERM` or a value given on the command line.
    @discardableResult
    static func error(_ text: String) -> Bool {
        writeAll(Array(("netra: " + UntrustedText.sanitized(text) + "\n").utf8), to: STDERR_FILENO) == nil
    }

    /// Writes text that is already complete (ArgumentParser's messages) to stderr, best effort.
    @discardableResult
    static func rawError(_ text: String) -> Bool {
        writeAll(Array(text.utf8), to: STDERR_FILENO) == nil
    }

    /// Writes every byte, or returns the `errno` that stopped it.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if written > 0 {
                offset += written
                continue
            }
            // write(2) returns 0 only for a zero count; treat it as an I/O error rather
            // than spin on a descriptor that accepts nothing.
            if written == 0 { return EIO }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN || code == EWOULDBLOCK {
                // Someone left the descriptor non-blocking (a shared terminal or pipe):
                // wait until it takes bytes again, as a blocking write would.
                if let failure = waitUntilWritable(descriptor) { return failure }
                continue
            }
            // ENOSPC, EPIPE (when SIGPIPE is ignored), EIO, EBADF (a closed stream): give up.
            return code
        }
        return nil
    }

    /// Blocks in poll(2) until `descriptor` is writable; `nil`, or the errno that stopped it.
    private static func waitUntilWritable(_ descriptor: Int32) -> Int32? {
        var entry = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
        while true {
            let ready = poll(&entry, 1, -1)
            if ready > 0 {
                // POLLERR/POLLHUP: let the next write(2) report the precise error.
                return nil
            }
            if ready < 0, errno != EINTR { return errno }
        }
    }
}

/// Standard output could not be written (exit status 1).
struct OutputFailure: Error, CustomStringConvertible {
    let code: Int32
    /// What went wrong, in both languages: the usual causes in our words, the rest as
    /// the C library names them.
    var message: Message { CLIMessages.outputFailed(code: code) }
    var description: String { message.english }
}

import Foundation

/// Standard output and error without buffering surprises; a closed pipe ends quietly.
enum Console {
    static func out(_ text: String) {
        write(text, to: STDOUT_FILENO)
    }

    static func err(_ text: String) {
        write(text, to: STDERR_FILENO)
    }

    /// Writes all of `text`; on a closed pipe (EPIPE), exits quietly as `head` expects.
    static func write(_ text: String, to fd: Int32) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    if errno == EPIPE { exit(0) }
                    return
                }
                offset += n
            }
        }
    }

    static func readAll(_ handle: FileHandle) -> String {
        let data = handle.readDataToEndOfFile()
        return String(decoding: data, as: UTF8.self)
    }
}

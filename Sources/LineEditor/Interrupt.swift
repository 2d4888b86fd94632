import CEditLine

/// The SIGINT flag a long computation polls so Ctrl-C cancels it without ending the process.
///
/// For example:
///
///     Interrupt.install()
///     Interrupt.reset()
///     for row in rows {
///         if Interrupt.isSet { throw Cancelled() }
///         …
///     }
///
/// The handler only sets a `sig_atomic_t`, so reading `isSet` is cheap enough to do in an
/// inner loop. While ``LineEditor`` is editing a line the terminal's interrupt character is
/// masked and Ctrl-C clears the line instead; the flag is for the time between prompts.
public enum Interrupt {
    /// Installs the SIGINT handler that sets the flag (instead of ending the process).
    public static func install() { nq_interrupt_install() }

    /// Puts back the default SIGINT action: Ctrl-C ends the process again.
    public static func uninstall() { nq_interrupt_uninstall() }

    /// Whether SIGINT arrived since the last ``reset()``.
    public static var isSet: Bool { nq_interrupt_is_set() != 0 }

    /// Clears the flag; call it before starting the work that polls it.
    public static func reset() { nq_interrupt_reset() }
}

/// Process set-up shared by every front end.
public enum ProcessSetup {
    /// Ignores SIGPIPE, so writing to a closed pipe (`newsq … | head`) fails with EPIPE
    /// that the caller can turn into a quiet exit, instead of killing the process mid-line.
    public static func ignoreSIGPIPE() { nq_ignore_sigpipe() }

    /// Chooses a UTF-8 character type for the process (the environment's when it is UTF-8, else
    /// C.UTF-8). Without it libedit, under the "C" locale, drops every byte ≥ 0x80.
    /// Returns whether a UTF-8 locale is in effect.
    @discardableResult
    public static func setUpUTF8Locale() -> Bool { nq_setup_locale() != 0 }
}

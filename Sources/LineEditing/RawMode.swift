import Foundation

/// Holds a terminal in raw mode (no echo, no line buffering, no signals from Ctrl-C) while it
/// lives, and puts back the settings it found when it goes: a final class because the
/// terminal's state is a resource that must be restored in deinit.
final class RawMode {
    private let descriptor: Int32
    private var original: termios

    /// Nil when the descriptor is not a terminal.
    init?(descriptor: Int32) {
        var settings = termios()
        guard tcgetattr(descriptor, &settings) == 0 else { return nil }
        self.descriptor = descriptor
        original = settings
        settings.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        settings.c_cflag |= tcflag_t(CS8)
        settings.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &settings.c_cc) { controls in
            controls[Int(VMIN)] = 1
            controls[Int(VTIME)] = 0
        }
        // TCSADRAIN, not TCSAFLUSH: keys typed while a query ran are kept, not thrown away.
        guard tcsetattr(descriptor, TCSADRAIN, &settings) == 0 else { return nil }
    }

    deinit {
        tcsetattr(descriptor, TCSADRAIN, &original)
    }
}

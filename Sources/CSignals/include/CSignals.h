#ifndef CSIGNALS_H
#define CSIGNALS_H

/// Saves the terminal's current mode so every later exit path can put it back.
/// Call once, before curses changes anything.
int ps_save_terminal(int tty_fd);

/// The bytes written on a crash before the saved mode is restored (leave the alternate screen,
/// show the cursor, turn bracketed paste off, reset attributes). Copied; at most 255 bytes.
void ps_set_reset_sequence(const char *bytes);

/// Crash signals (SEGV, BUS, ILL, FPE, ABRT, TRAP) restore the terminal with async-signal-safe
/// calls only (tcsetattr, write), then die with the same signal. HUP, TERM, INT, QUIT, WINCH and
/// CONT write their number as one byte to `wake_fd`, which the run loop polls. TSTP from outside
/// restores the terminal before the process stops; the run loop takes it back on CONT.
int ps_install_handlers(int wake_fd);

/// Restores the saved mode and writes the reset sequence; safe to call more than once.
void ps_restore_terminal(void);

/// Forks a small guardian that restores the terminal if this process dies without doing so
/// itself (kill -9: no handler runs). It waits on a pipe; a clean exit tells it to stand down.
int ps_start_guardian(void);

/// Tells the guardian the terminal is restored, so it leaves without touching it.
void ps_stop_guardian(void);

#endif

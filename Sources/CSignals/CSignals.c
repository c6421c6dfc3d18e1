// Signal handling in C: a handler may only make async-signal-safe calls, and Swift's runtime
// (lazy globals, reference counting) gives no such guarantee.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>
#include "CSignals.h"

static int saved_fd = -1;
static struct termios saved_mode;
static int have_saved_mode = 0;
static char reset_bytes[256];
static size_t reset_length = 0;
static volatile int wake_write_fd = -1;
static int guardian_fd = -1;

int ps_save_terminal(int tty_fd) {
    if (tcgetattr(tty_fd, &saved_mode) != 0) return -1;
    saved_fd = tty_fd;
    have_saved_mode = 1;
    return 0;
}

void ps_set_reset_sequence(const char *bytes) {
    size_t n = strlen(bytes);
    if (n >= sizeof reset_bytes) n = sizeof reset_bytes - 1;
    memcpy(reset_bytes, bytes, n);
    reset_length = n;
}

void ps_restore_terminal(void) {
    if (saved_fd < 0) return;
    if (reset_length > 0) {
        ssize_t unused = write(saved_fd, reset_bytes, reset_length);
        (void)unused;
    }
    if (have_saved_mode) tcsetattr(saved_fd, TCSANOW, &saved_mode);
}

static void on_crash(int sig) {
    ps_restore_terminal();
    signal(sig, SIG_DFL);
    raise(sig);
}

static void on_wake(int sig) {
    int saved_errno = errno;
    unsigned char byte = (unsigned char)sig;
    if (wake_write_fd >= 0) {
        ssize_t unused = write(wake_write_fd, &byte, 1);
        (void)unused;
    }
    errno = saved_errno;
}

/// A stop sent from outside (kill -TSTP; the raw mode keeps Ctrl-Z from making one): the shell
/// gets its terminal back as it was, and the process stops as the default action would. On
/// SIGCONT the run loop is woken and takes the terminal again.
static void on_stop(int sig) {
    (void)sig;
    int saved_errno = errno;
    ps_restore_terminal();
    // SIGSTOP, not the default action of SIGTSTP: the kernel discards that one for a process
    // group without a job-control parent (a pane's `sh -c`), and the stop was asked for.
    raise(SIGSTOP);
    errno = saved_errno;
}

int ps_install_handlers(int wake_fd) {
    wake_write_fd = wake_fd;
    struct sigaction crash;
    memset(&crash, 0, sizeof crash);
    crash.sa_handler = on_crash;
    sigemptyset(&crash.sa_mask);
    crash.sa_flags = SA_RESETHAND | SA_NODEFER;
    int crashes[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP};
    for (size_t i = 0; i < sizeof crashes / sizeof crashes[0]; i++) {
        if (sigaction(crashes[i], &crash, NULL) != 0) return -1;
    }
    struct sigaction wake;
    memset(&wake, 0, sizeof wake);
    wake.sa_handler = on_wake;
    sigemptyset(&wake.sa_mask);
    wake.sa_flags = SA_RESTART;
    int wakes[] = {SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGWINCH, SIGCONT};
    for (size_t i = 0; i < sizeof wakes / sizeof wakes[0]; i++) {
        if (sigaction(wakes[i], &wake, NULL) != 0) return -1;
    }
    struct sigaction stop;
    memset(&stop, 0, sizeof stop);
    stop.sa_handler = on_stop;
    sigemptyset(&stop.sa_mask);
    stop.sa_flags = SA_RESTART;
    if (sigaction(SIGTSTP, &stop, NULL) != 0) return -1;
    signal(SIGPIPE, SIG_IGN);
    return 0;
}

int ps_start_guardian(void) {
    int fds[2];
    if (pipe(fds) != 0) return -1;
    pid_t pid = fork();
    if (pid < 0) {
        close(fds[0]);
        close(fds[1]);
        return -1;
    }
    if (pid == 0) {
        // The child of a threaded process may only make async-signal-safe calls: these are.
        close(fds[1]);
        // Every descriptor but the pipe: close_range is one system call (Linux 5.9); the loop is
        // for older kernels.
        int keep = fds[0];
        if (keep != 3) {
            if (dup2(keep, 3) < 0) _exit(1);
            keep = 3;
        }
        if (close_range(4, ~0U, 0) != 0) {
            for (int fd = 4; fd < 1024; fd++) close(fd);
        }
        struct sigaction defaults;
        memset(&defaults, 0, sizeof defaults);
        defaults.sa_handler = SIG_DFL;
        for (int sig = 1; sig < 32; sig++) {
            if (sig != SIGKILL && sig != SIGSTOP) sigaction(sig, &defaults, NULL);
        }
        signal(SIGINT, SIG_IGN);
        signal(SIGQUIT, SIG_IGN);
        signal(SIGTSTP, SIG_IGN);
        signal(SIGWINCH, SIG_IGN);
        signal(SIGPIPE, SIG_IGN);
        sigset_t none;
        sigemptyset(&none);
        sigprocmask(SIG_SETMASK, &none, NULL);
        char byte = 0;
        ssize_t n;
        do {
            n = read(keep, &byte, 1);
        } while (n < 0 && errno == EINTR);
        if (!(n == 1 && byte == 'c')) ps_restore_terminal();
        _exit(0);
    }
    close(fds[0]);
    fcntl(fds[1], F_SETFD, FD_CLOEXEC);
    guardian_fd = fds[1];
    return 0;
}

void ps_stop_guardian(void) {
    if (guardian_fd < 0) return;
    char byte = 'c';
    ssize_t unused = write(guardian_fd, &byte, 1);
    (void)unused;
    close(guardian_fd);
    guardian_fd = -1;
}

#ifndef PUFFLE_NCURSESW_SHIM_H
#define PUFFLE_NCURSESW_SHIM_H

// Only the terminfo database is used: the backend draws and reads the terminal itself.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

/// Loads the terminfo entry for `term` (without printing anything); 1 when it was found.
static inline int pd_setupterm(const char *term, int fd) {
    int status = 0;
    return setupterm(term, fd, &status) == OK ? 1 : 0;
}

/// A string capability, or NULL when the terminal has none (terminfo marks those with -1 or 0).
static inline const char *pd_string_capability(const char *name) {
    char *value = tigetstr(name);
    return (value == (char *)-1) ? 0 : value;
}

static inline int pd_number_capability(const char *name) { return tigetnum(name); }
static inline int pd_flag_capability(const char *name) { return tigetflag(name) > 0; }

#endif

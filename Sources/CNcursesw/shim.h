#ifndef PUFFLE_NCURSESW_SHIM_H
#define PUFFLE_NCURSESW_SHIM_H

// The wide-character API (get_wch, cchar_t, setcchar) is hidden without these.
#define NCURSES_WIDECHAR 1
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <locale.h>
#include <wchar.h>
#include <ncursesw/curses.h>

// Macros and globals do not import into Swift 6 cleanly; these accessors do.
static inline int pd_getmaxy(WINDOW *w) { return getmaxy(w); }
static inline int pd_getmaxx(WINDOW *w) { return getmaxx(w); }
static inline int pd_colors(void) { return COLORS; }
static inline int pd_lines(void) { return LINES; }
static inline int pd_cols(void) { return COLS; }
static inline int pd_color_pairs(void) { return COLOR_PAIRS; }
static inline int pd_key_f(int n) { return KEY_F(n); }
static inline attr_t pd_a_normal(void) { return A_NORMAL; }
static inline attr_t pd_a_bold(void) { return A_BOLD; }
static inline attr_t pd_a_dim(void) { return A_DIM; }
static inline attr_t pd_a_underline(void) { return A_UNDERLINE; }
static inline attr_t pd_a_reverse(void) { return A_REVERSE; }
static inline attr_t pd_a_italic(void) { return A_ITALIC; }
static inline int pd_ok(void) { return OK; }
static inline int pd_err(void) { return ERR; }
static inline int pd_key_code_yes(void) { return KEY_CODE_YES; }

/// One cell: up to CCHARW_MAX scalars (a base character and its combining marks).
static inline int pd_setcchar(cchar_t *cell, const wchar_t *text, attr_t attrs, int pair) {
    return setcchar(cell, text, attrs, (short)(pair < 256 ? pair : 0), pair >= 256 ? &pair : NULL);
}

#endif

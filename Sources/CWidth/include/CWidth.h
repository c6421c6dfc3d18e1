#ifndef CWIDTH_H
#define CWIDTH_H

/// libc's wcwidth for one Unicode scalar: the width ncurses itself will give it.
/// -1 for control characters and unassigned scalars.
int cw_wcwidth(unsigned int scalar);

/// 1 when the current LC_CTYPE encodes text as UTF-8.
int cw_ctype_is_utf8(void);

#endif

#ifndef NETRA_CNCURSESW_SHIM_H
#define NETRA_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config -D flags, so the wide API must be switched on here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <ncursesw/curses.h>

// Swift cannot read ncurses' mutable globals under strict concurrency, nor import
// function-like macros: these wrappers are the only C the project needs.
static inline WINDOW *netra_stdscr(void) { return stdscr; }
static inline int netra_lines(void) { return LINES; }
static inline int netra_cols(void) { return COLS; }

#endif

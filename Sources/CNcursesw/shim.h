#ifndef NETRA_CNCURSESW_SHIM_H
#define NETRA_CNCURSESW_SHIM_H
// SwiftPM drops pkg-config -D flags, so the wide API must be switched on here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#include <locale.h>
#include <wchar.h>
#include <langinfo.h>
#include <string.h>
#include <stdio.h>
#include <ncursesw/curses.h>
#include <ncursesw/term.h>

// Swift cannot read ncurses' mutable globals under strict concurrency, nor import
// function-like macros or A_* attribute constants: these wrappers are the only C the
// project needs.
static inline WINDOW *netra_stdscr(void) { return stdscr; }
static inline int netra_lines(void) { return LINES; }
static inline int netra_cols(void) { return COLS; }
static inline int netra_colors(void) { return COLORS; }
static inline int netra_color_pairs(void) { return COLOR_PAIRS; }
/// terminfo's `RGB` flag: colour numbers are 24-bit values (direct colour).
static inline int netra_has_rgb_flag(void) { return tigetflag("RGB") > 0; }

static inline attr_t netra_attr_bold(void) { return A_BOLD; }
static inline attr_t netra_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t netra_attr_reverse(void) { return A_REVERSE; }
static inline attr_t netra_attr_dim(void) { return A_DIM; }

static inline mmask_t netra_mouse_events(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED;
}
static inline int netra_is_click(mmask_t state) { return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) != 0; }
static inline int netra_is_wheel_up(mmask_t state) { return (state & BUTTON4_PRESSED) != 0; }
static inline int netra_is_wheel_down(mmask_t state) { return (state & BUTTON5_PRESSED) != 0; }

/// Draws one character (a grapheme cluster as wide characters) with attributes and a
/// colour pair at y, x.
static inline int netra_put_cell(int y, int x, const wchar_t *text, attr_t attrs, short pair) {
    cchar_t cell;
    if (setcchar(&cell, text, attrs, pair, NULL) != OK) return ERR;
    return mvadd_wch(y, x, &cell);
}

/// Whether terminfo offers synchronized updates (the `Sync` extension).
static inline int netra_has_sync(void) {
    char *cap = tigetstr("Sync");
    return !(cap == (char *)-1 || cap == NULL);
}
/// Begins (1) or ends (2) a synchronized update through ncurses' own output.
static inline void netra_sync(int phase) {
    char *cap = tigetstr("Sync");
    if (cap == (char *)-1 || cap == NULL) return;
    putp(tiparm(cap, phase));
}
/// Opens the terminal on the standard streams (Swift cannot touch stdin/stdout).
static inline SCREEN *netra_newterm(void) { return newterm(NULL, stdout, stdin); }
static inline void netra_flush_stdout(void) { fflush(stdout); }
/// The terminfo string `name`, or NULL when the terminal has none.
static inline const char *netra_cap(const char *name) {
    char *cap = tigetstr((char *)name);
    return (cap == (char *)-1) ? NULL : cap;
}
/// Appends `text` to `buffer` (size `size`, NUL-terminated) if it fits whole.
static inline void netra_append(char *buffer, size_t size, const char *text) {
    if (!text) return;
    size_t used = strlen(buffer), more = strlen(text);
    if (used + more < size) memcpy(buffer + used, text, more + 1);
}
/// What puts this terminal back as the shell had it, as bytes written in one go by a
/// signal handler (which must not call endwin: it may block on a stalled console):
/// end a synchronized update, plain attributes, mouse reports off, keypad in normal
/// mode, cursor visible, primary screen. Call after newterm.
static inline void netra_restore_sequence(char *buffer, size_t size) {
    buffer[0] = 0;
    const char *sync = netra_cap("Sync");
    if (sync) netra_append(buffer, size, tiparm(sync, 2));
    netra_append(buffer, size, netra_cap("sgr0"));
    // ncurses turns xterm mouse reports on when the terminal has a mouse key.
    if (netra_cap("kmous")) netra_append(buffer, size, "\033[?1006l\033[?1003l\033[?1002l\033[?1000l");
    netra_append(buffer, size, netra_cap("rmkx"));
    netra_append(buffer, size, netra_cap("cnorm"));
    netra_append(buffer, size, netra_cap("rmcup"));
}
/// wcwidth(3) is declared only under _XOPEN_SOURCE, which Swift's importer does not
/// set: declared here (the C library has it either way).
extern int wcwidth(wchar_t c);
/// The C library's column width of every code point, as a UTF-8 locale (the one
/// ncurses measures with) says whatever the process's own locale is, as runs of equal
/// width: `starts[i]` begins a run of `widths[i]` (-1: cannot be printed). Returns the
/// number of runs, 0 if the system has no UTF-8 locale or `capacity` is too small.
static inline unsigned netra_utf8_width_runs(unsigned *starts, signed char *widths, unsigned capacity) {
    locale_t utf8 = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (!utf8) utf8 = newlocale(LC_CTYPE_MASK, "en_US.UTF-8", (locale_t)0);
    if (!utf8) return 0;
    locale_t previous = uselocale(utf8);
    unsigned count = 0;
    for (unsigned c = 0; c < 0x110000; c++) {
        signed char w = (signed char)wcwidth((wchar_t)c);
        if (count > 0 && widths[count - 1] == w) continue;
        if (count == capacity) { count = 0; break; }
        starts[count] = c;
        widths[count] = w;
        count++;
    }
    uselocale(previous);
    freelocale(utf8);
    return count;
}
/// The locale's character set is UTF-8.
static inline int netra_locale_is_utf8(void) {
    const char *set = nl_langinfo(CODESET);
    return set && (strcmp(set, "UTF-8") == 0 || strcmp(set, "utf8") == 0);
}
#endif

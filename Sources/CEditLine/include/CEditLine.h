// Non-variadic wrappers over libedit's `el_set`, `el_get` and `history`, which Swift cannot call
// directly, plus the locale set-up libedit needs and a SIGINT flag a long computation can poll.
#ifndef NEWSQ_CEDITLINE_H
#define NEWSQ_CEDITLINE_H

#include <histedit.h>
#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

/// The type of a prompt function: returns the prompt text for `el`.
typedef char *(*nq_prompt_fn)(EditLine *el);
/// The type of a function bound to a key: returns a libedit `CC_*` code.
typedef unsigned char (*nq_key_fn)(EditLine *el, int ch);

// MARK: - Locale

/// Sets LC_CTYPE from the environment and, when its codeset is not UTF-8 (no LANG, or "C"),
/// falls back to C.UTF-8 so libedit keeps bytes >= 0x80. Returns 1 when the codeset is UTF-8.
int nq_setup_locale(void);

// MARK: - Loading libedit

/// Opens libedit (`libedit.so.2`) the first time it is called; 1 when it is loaded. The other
/// functions here need it: `nq_el_init` and `nq_history_open` return NULL without it.
int nq_editline_load(void);

// libedit's own functions, called through the library opened at run time.
EditLine *nq_el_init(const char *program, FILE *in, FILE *out, FILE *err);
void nq_el_end(EditLine *el);
const char *nq_el_gets(EditLine *el, int *count);
const LineInfo *nq_el_line(EditLine *el);
void nq_el_deletestr(EditLine *el, int count);
int nq_el_insertstr(EditLine *el, const char *text);
/// Reads `file`, or `~/.editrc` when NULL.
int nq_el_source(EditLine *el, const char *file);
void nq_history_end(History *h);

// MARK: - el_set / el_get

int nq_el_set_prompt(EditLine *el, nq_prompt_fn fn);
int nq_el_set_editor(EditLine *el, const char *mode);
int nq_el_set_signal(EditLine *el, int on);
/// Binds `key` (for example "^R" or "^I") to the named editor function.
int nq_el_bind(EditLine *el, const char *key, const char *function);
int nq_el_addfn(EditLine *el, const char *name, const char *help, nq_key_fn fn);
int nq_el_set_hist(EditLine *el, History *h);
/// Puts the terminal in editing mode (1) or back to normal (0).
int nq_el_prep_term(EditLine *el, int on);
/// Runs libedit's `setty` builtin with up to three arguments (NULL to end early),
/// e.g. ("-d", "-intr", NULL) masks the interrupt character while editing.
int nq_el_settty(EditLine *el, const char *a, const char *b, const char *c);
int nq_el_set_clientdata(EditLine *el, void *data);
void *nq_el_get_clientdata(EditLine *el);
/// The terminal's width in columns as libedit knows it, or 80.
int nq_el_columns(EditLine *el);
int nq_el_refresh(EditLine *el);

// MARK: - history

/// A new history list of at most `size` entries; NULL when libedit cannot be loaded.
History *nq_history_open(int size);
int nq_history_setsize(History *h, int size);
int nq_history_setunique(History *h, int on);
int nq_history_enter(History *h, const char *line);
/// Writes the history to `path` in libedit's `_HiStOrY_V2_` format; -1 on failure.
int nq_history_save(History *h, const char *path);
/// Reads `path`; the number of entries read, or -1 when it cannot be read or is not a history file.
int nq_history_load(History *h, const char *path);
int nq_history_count(History *h);
int nq_history_clear(History *h);
/// Oldest first: call with `first` = 1 for the oldest entry, then 0; NULL at the end.
const char *nq_history_next_oldest(History *h, int first);

// MARK: - Interrupts

/// Installs a SIGINT handler (without SA_RESTART) that only sets a flag.
void nq_interrupt_install(void);
/// Puts back the default SIGINT action.
void nq_interrupt_uninstall(void);
int nq_interrupt_is_set(void);
void nq_interrupt_reset(void);

/// Ignores SIGPIPE so a closed pipe shows up as EPIPE on write.
void nq_ignore_sigpipe(void);

#ifdef __cplusplus
}
#endif

#endif

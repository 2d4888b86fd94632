#include "CEditLine.h"

#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <string.h>

// MARK: - Locale

static int codeset_is_utf8(void) {
    const char *cs = nl_langinfo(CODESET);
    return cs != NULL && (strcmp(cs, "UTF-8") == 0 || strcmp(cs, "utf8") == 0);
}

int nq_setup_locale(void) {
    // Only LC_CTYPE: libedit needs it to decode multibyte input, and leaving LC_NUMERIC at "C"
    // keeps any printf-style number formatting stable.
    setlocale(LC_CTYPE, "");
    if (codeset_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && codeset_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "C.utf8") != NULL && codeset_is_utf8()) return 1;
    if (setlocale(LC_CTYPE, "en_US.UTF-8") != NULL && codeset_is_utf8()) return 1;
    return 0;
}

// MARK: - el_set / el_get

int nq_el_set_prompt(EditLine *el, nq_prompt_fn fn) { return el_set(el, EL_PROMPT, fn); }
int nq_el_set_editor(EditLine *el, const char *mode) { return el_set(el, EL_EDITOR, mode); }
int nq_el_set_signal(EditLine *el, int on) { return el_set(el, EL_SIGNAL, on); }
int nq_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, (const char *)NULL);
}
int nq_el_addfn(EditLine *el, const char *name, const char *help, nq_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}
int nq_el_set_hist(EditLine *el, History *h) { return el_set(el, EL_HIST, history, h); }
int nq_el_prep_term(EditLine *el, int on) { return el_set(el, EL_PREP_TERM, on); }
int nq_el_settty(EditLine *el, const char *a, const char *b, const char *c) {
    return el_set(el, EL_SETTY, a, b, c, (const char *)NULL);
}
int nq_el_set_clientdata(EditLine *el, void *data) { return el_set(el, EL_CLIENTDATA, data); }
void *nq_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
int nq_el_columns(EditLine *el) {
    int cols = 0;
    if (el_get(el, EL_GETTC, "co", &cols, (void *)NULL) != 0 || cols <= 0) return 80;
    return cols;
}
int nq_el_refresh(EditLine *el) { return el_set(el, EL_REFRESH); }

// MARK: - history

History *nq_history_open(int size) {
    History *h = history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    history(h, &ev, H_SETSIZE, size);
    return h;
}
int nq_history_setsize(History *h, int size) { HistEvent ev; return history(h, &ev, H_SETSIZE, size); }
int nq_history_setunique(History *h, int on) { HistEvent ev; return history(h, &ev, H_SETUNIQUE, on); }
int nq_history_enter(History *h, const char *line) { HistEvent ev; return history(h, &ev, H_ENTER, line); }
int nq_history_save(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_SAVE, path); }
int nq_history_load(History *h, const char *path) { HistEvent ev; return history(h, &ev, H_LOAD, path); }
int nq_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) != 0) return 0;
    return ev.num;
}
int nq_history_clear(History *h) { HistEvent ev; return history(h, &ev, H_CLEAR); }
const char *nq_history_next_oldest(History *h, int first) {
    HistEvent ev;
    // libedit's list runs newest (H_FIRST) to oldest (H_LAST); H_PREV walks towards the newest.
    int rc = first ? history(h, &ev, H_LAST) : history(h, &ev, H_PREV);
    return rc == 0 ? ev.str : NULL;
}

// MARK: - Interrupts

static volatile sig_atomic_t interrupted = 0;

static void on_sigint(int sig) {
    (void)sig;
    interrupted = 1;
}

void nq_interrupt_install(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;
    sigaction(SIGINT, &sa, NULL);
}
void nq_interrupt_uninstall(void) {
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}
int nq_interrupt_is_set(void) { return interrupted != 0; }
void nq_interrupt_reset(void) { interrupted = 0; }

void nq_ignore_sigpipe(void) { signal(SIGPIPE, SIG_IGN); }

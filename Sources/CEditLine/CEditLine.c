#include "CEditLine.h"

#include <dlfcn.h>
#include <langinfo.h>
#include <pthread.h>
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

// MARK: - Loading libedit

// libedit is opened when the prompt first needs it, not linked: the one-shot `newsq -e` and
// every script never edit a line, and loading libedit with libtinfo, libbsd and libmd at
// start cost each of them about half a millisecond of CPU (their mapping and relocation).
static struct {
    int loaded;
    EditLine *(*el_init)(const char *, FILE *, FILE *, FILE *);
    void (*el_end)(EditLine *);
    int (*el_set)(EditLine *, int, ...);
    int (*el_get)(EditLine *, int, ...);
    const char *(*el_gets)(EditLine *, int *);
    const LineInfo *(*el_line)(EditLine *);
    void (*el_deletestr)(EditLine *, int);
    int (*el_insertstr)(EditLine *, const char *);
    int (*el_source)(EditLine *, const char *);
    History *(*history_init)(void);
    void (*history_end)(History *);
    int (*history)(History *, HistEvent *, int, ...);
} lib;

static pthread_once_t lib_once = PTHREAD_ONCE_INIT;

static void load_libedit(void) {
#ifdef __APPLE__
    static const char *names[] = {"libedit.3.dylib", "libedit.dylib", NULL};
#else
    static const char *names[] = {"libedit.so.2", "libedit.so", NULL};
#endif
    void *handle = NULL;
    for (int i = 0; names[i] != NULL && handle == NULL; i++) handle = dlopen(names[i], RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) return;
#define NQ_FIND(name)                                                                                               \
    if ((*(void **)&lib.name = dlsym(handle, #name)) == NULL) return;
    NQ_FIND(el_init)
    NQ_FIND(el_end)
    NQ_FIND(el_set)
    NQ_FIND(el_get)
    NQ_FIND(el_gets)
    NQ_FIND(el_line)
    NQ_FIND(el_deletestr)
    NQ_FIND(el_insertstr)
    NQ_FIND(el_source)
    NQ_FIND(history_init)
    NQ_FIND(history_end)
    NQ_FIND(history)
#undef NQ_FIND
    lib.loaded = 1;
}

int nq_editline_load(void) {
    pthread_once(&lib_once, load_libedit);
    return lib.loaded;
}

// Every wrapper below is reached only through an EditLine or History the library made, so it
// is loaded by then; the two that make them load it first.
EditLine *nq_el_init(const char *program, FILE *in, FILE *out, FILE *err) {
    return nq_editline_load() ? lib.el_init(program, in, out, err) : NULL;
}
void nq_el_end(EditLine *el) { lib.el_end(el); }
const char *nq_el_gets(EditLine *el, int *count) { return lib.el_gets(el, count); }
const LineInfo *nq_el_line(EditLine *el) { return lib.el_line(el); }
void nq_el_deletestr(EditLine *el, int count) { lib.el_deletestr(el, count); }
int nq_el_insertstr(EditLine *el, const char *text) { return lib.el_insertstr(el, text); }
int nq_el_source(EditLine *el, const char *file) { return lib.el_source(el, file); }
void nq_history_end(History *h) { lib.history_end(h); }

// MARK: - el_set / el_get

int nq_el_set_prompt(EditLine *el, nq_prompt_fn fn) { return lib.el_set(el, EL_PROMPT, fn); }
int nq_el_set_editor(EditLine *el, const char *mode) { return lib.el_set(el, EL_EDITOR, mode); }
int nq_el_set_signal(EditLine *el, int on) { return lib.el_set(el, EL_SIGNAL, on); }
int nq_el_bind(EditLine *el, const char *key, const char *function) {
    return lib.el_set(el, EL_BIND, key, function, (const char *)NULL);
}
int nq_el_addfn(EditLine *el, const char *name, const char *help, nq_key_fn fn) {
    return lib.el_set(el, EL_ADDFN, name, help, fn);
}
int nq_el_set_hist(EditLine *el, History *h) { return lib.el_set(el, EL_HIST, lib.history, h); }
int nq_el_prep_term(EditLine *el, int on) { return lib.el_set(el, EL_PREP_TERM, on); }
int nq_el_settty(EditLine *el, const char *a, const char *b, const char *c) {
    return lib.el_set(el, EL_SETTY, a, b, c, (const char *)NULL);
}
int nq_el_set_clientdata(EditLine *el, void *data) { return lib.el_set(el, EL_CLIENTDATA, data); }
void *nq_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (lib.el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return data;
}
int nq_el_columns(EditLine *el) {
    int cols = 0;
    if (lib.el_get(el, EL_GETTC, "co", &cols, (void *)NULL) != 0 || cols <= 0) return 80;
    return cols;
}
int nq_el_refresh(EditLine *el) { return lib.el_set(el, EL_REFRESH); }

// MARK: - history

History *nq_history_open(int size) {
    if (!nq_editline_load()) return NULL;
    History *h = lib.history_init();
    if (h == NULL) return NULL;
    HistEvent ev;
    lib.history(h, &ev, H_SETSIZE, size);
    return h;
}
int nq_history_setsize(History *h, int size) { HistEvent ev; return lib.history(h, &ev, H_SETSIZE, size); }
int nq_history_setunique(History *h, int on) { HistEvent ev; return lib.history(h, &ev, H_SETUNIQUE, on); }
int nq_history_enter(History *h, const char *line) { HistEvent ev; return lib.history(h, &ev, H_ENTER, line); }
int nq_history_save(History *h, const char *path) { HistEvent ev; return lib.history(h, &ev, H_SAVE, path); }
int nq_history_load(History *h, const char *path) { HistEvent ev; return lib.history(h, &ev, H_LOAD, path); }
int nq_history_count(History *h) {
    HistEvent ev;
    if (lib.history(h, &ev, H_GETSIZE) != 0) return 0;
    return ev.num;
}
int nq_history_clear(History *h) { HistEvent ev; return lib.history(h, &ev, H_CLEAR); }
const char *nq_history_next_oldest(History *h, int first) {
    HistEvent ev;
    // libedit's list runs newest (H_FIRST) to oldest (H_LAST); H_PREV walks towards the newest.
    int rc = first ? lib.history(h, &ev, H_LAST) : lib.history(h, &ev, H_PREV);
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

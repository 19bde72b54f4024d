#ifndef EQ_CLIBEDIT_SHIM_H
#define EQ_CLIBEDIT_SHIM_H
/*
 * libedit's setters (el_set, el_get, history) are variadic, which Swift cannot call, and a system-library
 * target cannot hold .c files: each use eq makes is one static inline wrapper with a fixed signature.
 */
#include <histedit.h>
#include <stdio.h>

typedef unsigned char (*eq_el_function)(EditLine *, int);
typedef char *(*eq_el_prompt_function)(EditLine *);

/* stdin/stdout/stderr are mutable C globals that Swift 6 rejects; they are read here instead. */
static inline EditLine *eq_el_init(const char *program) {
    return el_init(program, stdin, stdout, stderr);
}

static inline int eq_el_set_prompt(EditLine *el, eq_el_prompt_function prompt) {
    return el_set(el, EL_PROMPT, prompt);
}

static inline int eq_el_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

static inline int eq_el_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

static inline int eq_el_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

static inline void *eq_el_get_clientdata(EditLine *el) {
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    return data;
}

static inline int eq_el_add_function(EditLine *el, const char *name, const char *help, eq_el_function function) {
    return el_set(el, EL_ADDFN, name, help, function);
}

static inline int eq_el_bind(EditLine *el, const char *key, const char *function) {
    return el_set(el, EL_BIND, key, function, NULL);
}

/* Ctrl-C must reach the line editor as a key (bound to clear the line), not as SIGINT, while editing. */
static inline int eq_el_disable_tty_signals(EditLine *el) {
    return el_set(el, EL_SETTY, "-d", "-isig", NULL);
}

/* Switches the terminal to edit mode now rather than after the prompt is drawn (libedit's order), so
   keys typed the moment the prompt appears are not cooked by the terminal driver and lost. */
static inline int eq_el_prepare_terminal(EditLine *el, int on) {
    return el_set(el, EL_PREP_TERM, on);
}

static inline int eq_el_set_history(EditLine *el, History *history_state) {
    return el_set(el, EL_HIST, history, history_state);
}

static inline int eq_history_set_size(History *history_state, int size) {
    HistEvent event;
    return history(history_state, &event, H_SETSIZE, size);
}

static inline int eq_history_set_unique(History *history_state, int unique) {
    HistEvent event;
    return history(history_state, &event, H_SETUNIQUE, unique);
}

static inline int eq_history_enter(History *history_state, const char *line) {
    HistEvent event;
    return history(history_state, &event, H_ENTER, line);
}

static inline int eq_history_clear(History *history_state) {
    HistEvent event;
    return history(history_state, &event, H_CLEAR);
}

#endif

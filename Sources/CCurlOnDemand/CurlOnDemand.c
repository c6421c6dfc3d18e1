// The libcurl functions FoundationNetworking's URLSession calls (lib_CFURLSessionInterface), each
// forwarding to libcurl loaded with dlopen on first use. See include/CCurlOnDemand.h for why.
//
// No <curl/curl.h>: the dynamic build must not need libcurl's development files. Handles are
// `void *`, curl's enums and sockets are `int`, as in libcurl's ABI. The variadic setopt/getinfo
// calls take exactly one argument after the option (a long, a pointer or a curl_off_t: one
// 64-bit integer register on x86_64 and arm64), which is read as a pointer and passed on in a
// variadic call of its own.

#include "CCurlOnDemand.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CURL_FUNCTIONS(X) \
    X(int, curl_global_init, (long flags)) \
    X(void *, curl_easy_init, (void)) \
    X(int, curl_easy_setopt, (void *handle, int option, ...)) \
    X(int, curl_easy_getinfo, (void *handle, int info, ...)) \
    X(void, curl_easy_cleanup, (void *handle)) \
    X(int, curl_easy_pause, (void *handle, int bitmask)) \
    X(const char *, curl_easy_strerror, (int code)) \
    X(void, curl_free, (void *pointer)) \
    X(void *, curl_multi_init, (void)) \
    X(int, curl_multi_add_handle, (void *multi, void *easy)) \
    X(int, curl_multi_remove_handle, (void *multi, void *easy)) \
    X(int, curl_multi_assign, (void *multi, int socket, void *pointer)) \
    X(int, curl_multi_cleanup, (void *multi)) \
    X(void *, curl_multi_info_read, (void *multi, int *queued)) \
    X(int, curl_multi_setopt, (void *multi, int option, ...)) \
    X(int, curl_multi_socket_action, (void *multi, int socket, int events, int *running)) \
    X(void *, curl_slist_append, (void *list, const char *text)) \
    X(void, curl_slist_free_all, (void *list)) \
    X(void *, curl_url, (void)) \
    X(int, curl_url_get, (void *url, int part, char **text, unsigned int flags)) \
    X(int, curl_url_set, (void *url, int part, const char *text, unsigned int flags)) \
    X(char *, curl_version, (void)) \
    X(void *, curl_version_info, (int age))

static struct {
#define FIELD(result, name, parameters) result (*name) parameters;
    CURL_FUNCTIONS(FIELD)
#undef FIELD
} real;

static pthread_once_t once = PTHREAD_ONCE_INIT;
static int loaded;
static char failure[256];

static void load(void) {
    void *library = dlopen("libcurl.so.4", RTLD_NOW | RTLD_LOCAL);
    if (library == NULL) {
        const char *reason = dlerror();
        snprintf(failure, sizeof failure, "%s", reason ? reason : "libcurl.so.4 could not be loaded");
        return;
    }
#define RESOLVE(result, name, parameters) \
    if ((*(void **)&real.name = dlsym(library, #name)) == NULL) { \
        snprintf(failure, sizeof failure, "libcurl.so.4 has no %s", #name); \
        return; \
    }
    CURL_FUNCTIONS(RESOLVE)
#undef RESOLVE
    loaded = 1;
}

int curl_on_demand_load(char *reason, size_t size) {
    pthread_once(&once, load);
    if (!loaded && reason != NULL && size > 0) snprintf(reason, size, "%s", failure);
    return loaded;
}

/// The service checks `curl_on_demand_load` before URLSession is made, so this only guards
/// against a path that skipped it: a clear message rather than a jump through a null pointer.
static void need(void) {
    if (curl_on_demand_load(NULL, 0)) return;
    fprintf(stderr, "puffle-draft: cannot use the network: %s\n", failure);
    abort();
}

// The answer's size, kept by libcurl itself: URLSession hands every chunk read to its delegate
// on a queue of its own, and a server sending without end outruns that queue (gigabytes queued
// before a cancel takes effect). The write callback URLSession gives each handle is wrapped, so
// a transfer past the limit ends at the socket: libcurl stops reading it (CURLE_WRITE_ERROR).
enum { CURLOPT_WRITEDATA = 10001, CURLOPT_URL = 10002, CURLOPT_WRITEFUNCTION = 20011, TRANSFER_SLOTS = 256 };
typedef size_t (*write_callback)(char *data, size_t size, size_t count, void *owner);
static size_t body_limit;
static pthread_mutex_t transfers_lock = PTHREAD_MUTEX_INITIALIZER;
static struct transfer {
    void *handle, *owner;
    write_callback write;
    size_t received;
} transfers[TRANSFER_SLOTS];

void curl_on_demand_limit_body(size_t bytes) {
    pthread_mutex_lock(&transfers_lock);
    body_limit = bytes;
    pthread_mutex_unlock(&transfers_lock);
}

/// The slot of a handle, made when `make` (the lock is held).
static struct transfer *transfer_of(void *handle, int make) {
    struct transfer *free_slot = NULL;
    for (int i = 0; i < TRANSFER_SLOTS; i++) {
        if (transfers[i].handle == handle) return &transfers[i];
        if (free_slot == NULL && transfers[i].handle == NULL) free_slot = &transfers[i];
    }
    if (make && free_slot != NULL) {
        memset(free_slot, 0, sizeof *free_slot);
        free_slot->handle = handle;
    }
    return make ? free_slot : NULL;
}

static size_t limited_write(char *data, size_t size, size_t count, void *owner) {
    write_callback write = NULL;
    int over = 0;
    pthread_mutex_lock(&transfers_lock);
    for (int i = 0; i < TRANSFER_SLOTS; i++) {
        if (transfers[i].handle == NULL || transfers[i].owner != owner) continue;
        write = transfers[i].write;
        transfers[i].received += size * count;
        over = body_limit > 0 && transfers[i].received > body_limit;
        break;
    }
    pthread_mutex_unlock(&transfers_lock);
    if (write == NULL || over) return 0;  // fewer bytes than given: libcurl ends the transfer
    return write(data, size, count, owner);
}

/// Notes the handle's owner, write callback and each new URL (a new transfer counts from 0),
/// and gives libcurl the wrapped callback.
static void track(void *handle, int option, void **value) {
    if (option != CURLOPT_WRITEDATA && option != CURLOPT_WRITEFUNCTION && option != CURLOPT_URL) return;
    pthread_mutex_lock(&transfers_lock);
    struct transfer *transfer = transfer_of(handle, 1);
    if (transfer != NULL) {
        if (option == CURLOPT_WRITEDATA) transfer->owner = *value;
        if (option == CURLOPT_URL) transfer->received = 0;
        if (option == CURLOPT_WRITEFUNCTION) {
            transfer->write = (write_callback)*value;
            *value = (void *)limited_write;
        }
    }
    pthread_mutex_unlock(&transfers_lock);
}

int curl_global_init(long flags) { need(); return real.curl_global_init(flags); }
void *curl_easy_init(void) { need(); return real.curl_easy_init(); }
void curl_easy_cleanup(void *handle) {
    need();
    real.curl_easy_cleanup(handle);
    pthread_mutex_lock(&transfers_lock);
    struct transfer *transfer = transfer_of(handle, 0);
    if (transfer != NULL) memset(transfer, 0, sizeof *transfer);
    pthread_mutex_unlock(&transfers_lock);
}
int curl_easy_pause(void *handle, int bitmask) { need(); return real.curl_easy_pause(handle, bitmask); }
const char *curl_easy_strerror(int code) { need(); return real.curl_easy_strerror(code); }
void curl_free(void *pointer) { need(); real.curl_free(pointer); }
void *curl_multi_init(void) { need(); return real.curl_multi_init(); }
int curl_multi_add_handle(void *multi, void *easy) { need(); return real.curl_multi_add_handle(multi, easy); }
int curl_multi_remove_handle(void *multi, void *easy) { need(); return real.curl_multi_remove_handle(multi, easy); }
int curl_multi_assign(void *multi, int socket, void *pointer) {
    need();
    return real.curl_multi_assign(multi, socket, pointer);
}
int curl_multi_cleanup(void *multi) { need(); return real.curl_multi_cleanup(multi); }
void *curl_multi_info_read(void *multi, int *queued) { need(); return real.curl_multi_info_read(multi, queued); }
int curl_multi_socket_action(void *multi, int socket, int events, int *running) {
    need();
    return real.curl_multi_socket_action(multi, socket, events, running);
}
void *curl_slist_append(void *list, const char *text) { need(); return real.curl_slist_append(list, text); }
void curl_slist_free_all(void *list) { need(); real.curl_slist_free_all(list); }
void *curl_url(void) { need(); return real.curl_url(); }
int curl_url_get(void *url, int part, char **text, unsigned int flags) {
    need();
    return real.curl_url_get(url, part, text, flags);
}
int curl_url_set(void *url, int part, const char *text, unsigned int flags) {
    need();
    return real.curl_url_set(url, part, text, flags);
}
char *curl_version(void) { need(); return real.curl_version(); }
void *curl_version_info(int age) { need(); return real.curl_version_info(age); }

int curl_easy_setopt(void *handle, int option, ...) {
    va_list arguments;
    va_start(arguments, option);
    void *value = va_arg(arguments, void *);
    va_end(arguments);
    need();
    // More transfers at once than slots: that one keeps its own callback, and the delegate alone cuts it off.
    track(handle, option, &value);
    return real.curl_easy_setopt(handle, option, value);
}

/// The three variadic calls: the one argument after the option is passed on as it came.
#define FORWARD_ONE_ARGUMENT(name) \
    int name(void *handle, int option, ...) { \
        va_list arguments; \
        va_start(arguments, option); \
        void *value = va_arg(arguments, void *); \
        va_end(arguments); \
        need(); \
        return real.name(handle, option, value); \
    }

FORWARD_ONE_ARGUMENT(curl_easy_getinfo)
FORWARD_ONE_ARGUMENT(curl_multi_setopt)

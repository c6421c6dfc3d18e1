// wcwidth is hidden by glibc unless _XOPEN_SOURCE is set before <wchar.h>.
#define _XOPEN_SOURCE 700
#include <wchar.h>
#include <langinfo.h>
#include <string.h>
#include <strings.h>
#include "CWidth.h"

int cw_wcwidth(unsigned int scalar) {
    return wcwidth((wchar_t)scalar);
}

int cw_ctype_is_utf8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcasecmp(codeset, "UTF-8") == 0 || strcasecmp(codeset, "utf8") == 0);
}

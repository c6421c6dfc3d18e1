#ifndef CCURLONDEMAND_H
#define CCURLONDEMAND_H

#include <stddef.h>

/// Loads libcurl (`libcurl.so.4`) if it is not loaded yet; safe to call from any thread, any
/// number of times. Returns 1 when libcurl and every function URLSession calls are there;
/// otherwise 0, with the loader's reason copied into `reason` (at most `size` bytes).
///
/// Why: FoundationNetworking calls libcurl directly, so a static link would name libcurl (and
/// the thirty libraries it needs: TLS, Kerberos, LDAP, …) as needed at start, and loading them
/// costs more than the rest of the start together. This file defines the libcurl functions
/// URLSession calls and forwards each to libcurl, loaded on the first request instead: the
/// demo never loads it, a session loads it on a worker thread while the screen is drawn.
int curl_on_demand_load(char *reason, size_t size);

/// The most bytes of an answer's body libcurl reads for one transfer (0: no limit). Past it,
/// libcurl ends the transfer itself: what a server sends without end is never queued up in
/// memory behind URLSession's delegate. Set a little above the limit the delegate enforces.
void curl_on_demand_limit_body(size_t bytes);

#endif

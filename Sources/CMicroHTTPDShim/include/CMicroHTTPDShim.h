#ifndef CMICROHTTPDSHIM_H
#define CMICROHTTPDSHIM_H
#include <microhttpd.h>

/// Placeholder so the target builds; the server's wrappers replace it.
int tfcsh_mhd_shim_version(void);

#endif

#include "CMicroHTTPDShim.h"

int tfcsh_mhd_shim_version(void) { return 1; }

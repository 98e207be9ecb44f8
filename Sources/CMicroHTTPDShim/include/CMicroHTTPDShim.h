#ifndef CMICROHTTPDSHIM_H
#define CMICROHTTPDSHIM_H
#include <stdint.h>
#include <microhttpd.h>

/// Starts a daemon on `address` (IPv4, network byte order) and `port` (0 for any free port),
/// with a thread per connection and internal polling. MHD_start_daemon is variadic, which
/// Swift cannot call, so the options are passed here. Returns NULL when it cannot start.
struct MHD_Daemon *tfcsh_mhd_start(uint32_t address, uint16_t port, unsigned int timeout_seconds,
                                   MHD_AccessHandlerCallback handler, void *handler_context,
                                   MHD_RequestCompletedCallback completed,
                                   void *completed_context);

/// The port the daemon listens on, or 0 when it cannot be read.
uint16_t tfcsh_mhd_bound_port(struct MHD_Daemon *daemon);

#endif

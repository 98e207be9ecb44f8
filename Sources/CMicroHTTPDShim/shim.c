#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include "CMicroHTTPDShim.h"

// MHD's own error lines, on stderr, but for the one a deliberately dropped connection causes:
// the server logs that request as "dropped" itself.
static void tfcsh_mhd_log(void *context, const char *format, va_list arguments) {
    (void)context;
    char line[512];
    vsnprintf(line, sizeof(line), format, arguments);
    if (strstr(line, "Application reported internal error") != NULL) {
        return;
    }
    fputs(line, stderr);
}

struct MHD_Daemon *tfcsh_mhd_start(uint32_t address, uint16_t port, unsigned int timeout_seconds,
                                   MHD_AccessHandlerCallback handler, void *handler_context,
                                   MHD_RequestCompletedCallback completed,
                                   void *completed_context) {
    struct sockaddr_in bind_to;
    memset(&bind_to, 0, sizeof(bind_to));
    bind_to.sin_family = AF_INET;
    bind_to.sin_port = htons(port);
    bind_to.sin_addr.s_addr = address;
    unsigned int flags = MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD |
                         MHD_USE_POLL | MHD_USE_ERROR_LOG | MHD_USE_ITC;
    // MHD copies the address during the call, so a stack value is enough.
    // The logger comes first, so that MHD logs nothing through its own before it is set.
    return MHD_start_daemon(flags, port, NULL, NULL, handler, handler_context,
                            MHD_OPTION_EXTERNAL_LOGGER, tfcsh_mhd_log, NULL,
                            MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&bind_to,
                            MHD_OPTION_CONNECTION_TIMEOUT, timeout_seconds,
                            MHD_OPTION_NOTIFY_COMPLETED, completed, completed_context,
                            MHD_OPTION_END);
}

uint16_t tfcsh_mhd_bound_port(struct MHD_Daemon *daemon) {
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(daemon, MHD_DAEMON_INFO_BIND_PORT);
    return info == NULL ? 0 : info->port;
}

package io.cleave.edge;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a request comes from this machine: from a loopback address, and not relayed by a proxy
 * on it. A request with forwarding headers came from elsewhere, whatever address the proxy (or a
 * server trusting such headers) makes it seem to come from. The development issuer answers such
 * callers only, unless told otherwise.
 */
final class LoopbackCallers {

    private static final List<String> FORWARDING_HEADERS = List.of("Forwarded", "X-Forwarded-For", "X-Forwarded-Host",
            "X-Real-IP");

    private LoopbackCallers() {
    }

    static boolean isLocal(HttpServletRequest request) {
        boolean relayed = FORWARDING_HEADERS.stream().anyMatch(header -> request.getHeader(header) != null);
        return !relayed && isLoopback(request.getRemoteAddr());
    }

    /** The servlet container gives the peer's address as an IP literal, so this looks nothing up. */
    static boolean isLoopback(String address) {
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

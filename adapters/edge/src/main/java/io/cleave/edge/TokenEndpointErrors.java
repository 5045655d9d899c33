package io.cleave.edge;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The token endpoint's refusals as problem details that are also OAuth2 error responses (RFC 6749
 * §5.2): the {@code error} code is a member of the problem, which an OAuth2 client reads as it
 * reads any JSON error. The detail is fixed per code: never the exception's message.
 */
final class TokenEndpointErrors implements AuthenticationFailureHandler, AuthenticationEntryPoint {

    private final ProblemResponses problems;

    TokenEndpointErrors(ProblemResponses problems) {
        this.problems = problems;
    }

    /** No client credentials at all. */
    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        refuse(request, response, OAuth2ErrorCodes.INVALID_CLIENT);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) throws IOException {
        refuse(request, response, e instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError().getErrorCode()
                : OAuth2ErrorCodes.INVALID_REQUEST);
    }

    /** A caller not on this machine, where no other process is given the client secret. */
    void refuseCallerFromElsewhere(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, HttpStatus.FORBIDDEN, "This token endpoint answers loopback callers only: "
                + "the other processes of a split need cleave.security.dev-issuer.client-secret set here",
                Map.of("error", OAuth2ErrorCodes.ACCESS_DENIED));
    }

    ProblemResponses problems() {
        return problems;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, String error) throws IOException {
        if (OAuth2ErrorCodes.INVALID_CLIENT.equals(error)) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"cleave-dev-issuer\"");
        }
        HttpStatus status = switch (error) {
            case OAuth2ErrorCodes.INVALID_CLIENT -> HttpStatus.UNAUTHORIZED;
            case OAuth2ErrorCodes.SERVER_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
            case OAuth2ErrorCodes.TEMPORARILY_UNAVAILABLE -> HttpStatus.SERVICE_UNAVAILABLE;
            default -> HttpStatus.BAD_REQUEST;
        };
        String detail = switch (error) {
            case OAuth2ErrorCodes.INVALID_CLIENT -> "Client authentication failed: send the client id and secret "
                    + "(HTTP Basic, or client_id and client_secret in the form)";
            case OAuth2ErrorCodes.UNSUPPORTED_GRANT_TYPE, OAuth2ErrorCodes.UNAUTHORIZED_CLIENT ->
                    "This issuer grants client_credentials only";
            case OAuth2ErrorCodes.SERVER_ERROR, OAuth2ErrorCodes.TEMPORARILY_UNAVAILABLE ->
                    "The token could not be issued; try again shortly";
            default -> "The token request is not valid: a form with grant_type=client_credentials is expected";
        };
        problems.write(request, response, status, detail, Map.of("error", error));
    }
}

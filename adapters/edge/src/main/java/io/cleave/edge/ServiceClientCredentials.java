package io.cleave.edge;

/**
 * The OAuth2 client a Cleave process is when it calls another one's facade endpoint: its id (always
 * {@value #ID}) and secret at the token endpoint. Shown as {@code cleave-service:****}, never with
 * the secret.
 */
record ServiceClientCredentials(String secret) {

    static final String ID = "cleave-service";

    String id() {
        return ID;
    }

    @Override
    public String toString() {
        return ID + ":****";
    }
}

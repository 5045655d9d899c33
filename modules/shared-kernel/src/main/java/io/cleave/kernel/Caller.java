package io.cleave.kernel;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who makes a request, as a context's use cases see it: the subject the identity provider vouches
 * for and the roles it grants. A web adapter receives it from the edge; domain and application code
 * never see a token.
 */
public record Caller(String subject, Set<Role> roles) {

    /** The roles Cleave knows; an identity provider's other roles are ignored. */
    public enum Role {
        /** Orders for themselves and sees only their own data. */
        CUSTOMER,
        /** The service desk and back office: may read and change anything. */
        STAFF,
        /** Another Cleave process, calling the internal facade endpoint. */
        SERVICE
    }

    public Caller {
        if (subject == null || subject.isBlank()) {
            throw new InvalidValueException("subject", "must not be blank");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public static Caller customer(String subject) {
        return new Caller(subject, Set.of(Role.CUSTOMER));
    }

    public static Caller staff(String subject) {
        return new Caller(subject, Set.of(Role.STAFF));
    }

    public boolean isStaff() {
        return roles.contains(Role.STAFF);
    }

    /** Whether this caller may see what belongs to {@code owner} (the owner's subject, or null if nobody's). */
    public boolean maySee(String owner) {
        return isStaff() || subject.equals(owner);
    }
}

package io.cleave.payment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.cleave.kernel.Money;
import io.cleave.kernel.RecordedEvents;

/** The one charge made for a reference: captured (and perhaps later refunded) or declined. */
@AggregateRoot
public class Payment {

    @Identity
    private final PaymentId id;
    private final String reference;
    private final Money amount;
    private PaymentStatus status;
    private final String declineReason;
    private final Instant chargedAt;
    private Instant refundedAt;
    private final long version;
    private final RecordedEvents<PaymentEvent> events = new RecordedEvents<>();

    private Payment(PaymentId id, String reference, Money amount, PaymentStatus status, String declineReason,
            Instant chargedAt, Instant refundedAt, long version) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.reference = Objects.requireNonNull(reference, "reference must not be null");
        this.amount = Objects.requireNonNull(amount, "amount must not be null");
        this.status = Objects.requireNonNull(status, "status must not be null");
        this.declineReason = declineReason;
        this.chargedAt = Objects.requireNonNull(chargedAt, "chargedAt must not be null");
        this.refundedAt = refundedAt;
        this.version = version;
    }

    public static Payment captured(PaymentId id, String reference, Money amount, Instant at) {
        Payment payment = new Payment(id, reference, amount, PaymentStatus.CAPTURED, null, at, null, 0);
        payment.events.record(new PaymentEvent.Captured(id));
        return payment;
    }

    public static Payment declined(PaymentId id, String reference, Money amount, String reason, Instant at) {
        Payment payment = new Payment(id, reference, amount, PaymentStatus.DECLINED, Objects.requireNonNull(reason), at,
                null, 0);
        payment.events.record(new PaymentEvent.Declined(id));
        return payment;
    }

    public static Payment restore(PaymentId id, String reference, Money amount, PaymentStatus status,
            String declineReason, Instant chargedAt, Instant refundedAt, long version) {
        return new Payment(id, reference, amount, status, declineReason, chargedAt, refundedAt, version);
    }

    /** @return whether there was a capture to give back (refunding twice, or a decline, changes nothing) */
    public boolean refund(Instant at) {
        if (status != PaymentStatus.CAPTURED) {
            return false;
        }
        status = PaymentStatus.REFUNDED;
        refundedAt = at;
        events.record(new PaymentEvent.Refunded(id));
        return true;
    }

    /** What happened to it since it was made or read, oldest first. */
    public List<PaymentEvent> domainEvents() {
        return events.list();
    }

    /** The recorded events are published: forget them. */
    public void clearDomainEvents() {
        events.clear();
    }

    public PaymentId id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public Money amount() {
        return amount;
    }

    public PaymentStatus status() {
        return status;
    }

    public Optional<String> declineReason() {
        return Optional.ofNullable(declineReason);
    }

    public Instant chargedAt() {
        return chargedAt;
    }

    public Optional<Instant> refundedAt() {
        return Optional.ofNullable(refundedAt);
    }

    public long version() {
        return version;
    }
}

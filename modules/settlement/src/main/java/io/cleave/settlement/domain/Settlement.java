package io.cleave.settlement.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

import io.cleave.kernel.BusinessRuleException;
import io.cleave.kernel.Money;
import io.cleave.kernel.RecordedEvents;

/**
 * One business day's payments in one currency: the gross captured and the refunds given, exact;
 * fees and net follow from them through the {@link FeeSchedule}.
 */
@AggregateRoot
public class Settlement {

    @Identity
    private final SettlementId id;
    private final LocalDate businessDate;
    private final Currency currency;
    private Money gross;
    private Money refunds;
    private SettlementStatus status;
    private Instant closedAt;
    private final long version;
    private final RecordedEvents<SettlementEvent> events = new RecordedEvents<>();

    private Settlement(SettlementId id, LocalDate businessDate, Currency currency, Money gross, Money refunds,
            SettlementStatus status, Instant closedAt, long version) {
        this.id = Objects.requireNonNull(id, "id must not be null");
        this.businessDate = Objects.requireNonNull(businessDate, "business date must not be null");
        this.currency = Objects.requireNonNull(currency, "currency must not be null");
        this.gross = gross;
        this.refunds = refunds;
        this.status = status;
        this.closedAt = closedAt;
        this.version = version;
    }

    public static Settlement open(SettlementId id, LocalDate businessDate, Currency currency) {
        return new Settlement(id, businessDate, currency, Money.zero(currency), Money.zero(currency),
                SettlementStatus.OPEN, null, 0);
    }

    public static Settlement restore(SettlementId id, LocalDate businessDate, Currency currency, Money gross,
            Money refunds, SettlementStatus status, Instant closedAt, long version) {
        return new Settlement(id, businessDate, currency, gross, refunds, status, closedAt, version);
    }

    public void recordCapture(Money amount) {
        requireOpen();
        gross = gross.plus(amount);
    }

    public void recordRefund(Money amount) {
        requireOpen();
        refunds = refunds.plus(amount);
    }

    /** @return whether it was open until now (closing twice changes nothing) */
    public boolean close(Instant at) {
        if (status == SettlementStatus.CLOSED) {
            return false;
        }
        status = SettlementStatus.CLOSED;
        closedAt = at;
        events.record(new SettlementEvent.Closed(id));
        return true;
    }

    /** What happened to it since it was opened or read, oldest first. */
    public List<SettlementEvent> domainEvents() {
        return events.list();
    }

    /** The recorded events are published: forget them. */
    public void clearDomainEvents() {
        events.clear();
    }

    public Money fees(FeeSchedule schedule) {
        return schedule.feeOn(gross);
    }

    public Money net(FeeSchedule schedule) {
        return gross.minus(refunds).minus(fees(schedule));
    }

    public boolean isOpen() {
        return status == SettlementStatus.OPEN;
    }

    private void requireOpen() {
        if (!isOpen()) {
            throw new SettlementClosedException(businessDate);
        }
    }

    public SettlementId id() {
        return id;
    }

    public LocalDate businessDate() {
        return businessDate;
    }

    public Currency currency() {
        return currency;
    }

    public Money gross() {
        return gross;
    }

    public Money refunds() {
        return refunds;
    }

    public SettlementStatus status() {
        return status;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public long version() {
        return version;
    }

    /** Raised when a payment is booked on a closed day; callers book on the next open day instead. */
    public static class SettlementClosedException extends BusinessRuleException {

        SettlementClosedException(LocalDate date) {
            super("The settlement of " + date + " is closed");
        }
    }
}

-- Ids of the messages taken in from Kafka, for deduplication (io.cleave.kafka.Inbox).
create table messaging.inbox (
    message_id  uuid         primary key,
    topic       varchar(249) not null,
    received_at timestamptz  not null
);

create index inbox_received_at on messaging.inbox (received_at);

-- The trace context of each message published into the outbox, keyed by the message's id, so that
-- the listeners of its publications continue the trace that published it, also after a restart.
-- Beside event_publication rather than in serialized_event: the registry completes a publication by
-- matching the re-serialized event, which must stay exactly the message.
CREATE TABLE IF NOT EXISTS public.event_publication_trace
(
  message_id  UUID NOT NULL,
  traceparent TEXT NOT NULL,
  recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (message_id)
);
CREATE INDEX IF NOT EXISTS event_publication_trace_by_recorded_at_idx ON public.event_publication_trace (recorded_at);

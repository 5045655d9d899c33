#!/usr/bin/env bash
# Moves one context's schema from one PostgreSQL database to another: the data step of extracting a
# context into its own service, and of taking it back (migration-guide.md).
#
# Usage: scripts/move-schema.sh <context> <from-url> <to-url>
#        URLs in libpq form, e.g. postgresql://postgres@127.0.0.1:5432/cleave
# Needs psql, pg_dump and pg_restore of at least the servers' major version. Stop the processes that
# use the schema first.
#
# 1. Refuses while the source's event publication registry still holds work for the context: an
#    incomplete publication for one of its listeners, or an outgoing message not yet handed to Kafka.
# 2. Dumps the schema (tables, data, its Flyway history) and restores it into the target, which must
#    not have a schema of that name.
# 3. Renames the source schema to <context>_moved_<timestamp>: kept for a while as a backup, out of
#    the way of anything that would still look for it. Drop it once the move is confirmed.
set -euo pipefail
[ $# -eq 3 ] || { echo "usage: $0 <context> <from-url> <to-url>" >&2; exit 64; }
context=$1 from=$2 to=$3
[[ "$context" =~ ^[a-z]+$ ]] || { echo "not a context name: $context" >&2; exit 64; }

pending=$(psql "$from" -XAtc "
  select count(*) from public.event_publication
  where completion_date is null
    and (listener_id like 'io.cleave.$context.%' or listener_id like '%EventExternalizer%')")
if [ "$pending" != 0 ]; then
  echo "Not drained: $pending incomplete publication(s) for $context in the source registry. Let the" >&2
  echo "running process finish them (or resubmit them), then try again." >&2
  exit 2
fi
present=$(psql "$to" -XAtc "select count(*) from information_schema.schemata where schema_name = '$context'")
if [ "$present" != 0 ]; then
  echo "The target already has a schema $context; not overwriting it." >&2
  exit 2
fi

dump=$(mktemp)
trap 'rm -f "$dump"' EXIT
pg_dump "$from" --schema="$context" --format=custom --no-owner --file="$dump"
pg_restore --dbname="$to" --no-owner --exit-on-error "$dump"
backup="${context}_moved_$(date -u +%Y%m%d%H%M%S)"
psql "$from" -Xqc "alter schema $context rename to $backup"

tables=$(psql "$to" -XAtc "select count(*) from information_schema.tables where table_schema = '$context'")
echo "Moved schema $context ($tables tables) to the target; the source keeps it as $backup."

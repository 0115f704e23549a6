import { Badge } from '@mantine/core';
import { sessionBadgeColors, sessionBadgeLabels } from './session-labels';
import { sessionBadge, type TimedSession } from './session-time';

/** The session's status; a scheduled session that is over says it still waits to be marked held. */
export function SessionStatusBadge({ session, now }: { session: TimedSession; now: Date }) {
  const badge = sessionBadge(session, now);
  return (
    <Badge color={sessionBadgeColors[badge]} variant="light">
      {sessionBadgeLabels[badge]}
    </Badge>
  );
}

import { Anchor, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { SessionSummary } from '../../../contract/index.js';
import { frameworkLabels, kindLabels, pairName } from './session-labels';
import { SessionStatusBadge } from './session-status-badge';
import { formatLength, formatSessionTime } from './session-time';

export type SessionsTableProps = {
  /** The table's accessible name, e.g. "Upcoming sessions". */
  label: string;
  sessions: readonly SessionSummary[];
  now: Date;
  /** Adds the kind and the pair: for lists that mix pairs, like the calendar. */
  showPair?: boolean;
};

/** Sessions with their local time (a link to the session), length, framework, status and counts. */
export function SessionsTable({ label, sessions, now, showPair = false }: SessionsTableProps) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table aria-label={label} striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            {showPair && <Table.Th>Pair</Table.Th>}
            <Table.Th>Length</Table.Th>
            <Table.Th>Framework</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>Notes and actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sessions.map((session) => (
            <Table.Tr key={session.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/sessions/$sessionId" params={{ sessionId: session.id }} />
                  )}
                >
                  {formatSessionTime(session.scheduledAt, session.endsAt)}
                </Anchor>
              </Table.Td>
              {showPair && <Table.Td>{`${kindLabels[session.kind]}: ${pairName(session.participants)}`}</Table.Td>}
              <Table.Td>{formatLength(session.durationMinutes)}</Table.Td>
              <Table.Td>{session.framework === null ? '—' : frameworkLabels[session.framework]}</Table.Td>
              <Table.Td>
                <SessionStatusBadge session={session} now={now} />
              </Table.Td>
              <Table.Td>
                {session.counts === null ? (
                  <Text c="dimmed" size="sm">
                    —
                  </Text>
                ) : (
                  countsText(session.counts)
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function countsText(counts: NonNullable<SessionSummary['counts']>): string {
  const notes = counts.sharedNotes === 1 ? '1 shared note' : `${counts.sharedNotes} shared notes`;
  if (counts.actionItems === 0) return `${notes}, no action items`;
  return `${notes}, ${counts.openActionItems} of ${counts.actionItems} actions open`;
}

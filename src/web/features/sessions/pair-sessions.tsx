import { Alert, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import type { Session, SessionScheduleInput } from '../../../contract/index.js';
import { splitServerError } from '../people/server-errors';
import { defaultFrameworkFor, frameworkOptions, type SessionFramework } from './session-labels';
import {
  readSessionTime,
  SessionTimeFields,
  type SessionTimeErrors,
  type SessionTimeValues,
} from './session-time-fields';
import { groupSessions } from './session-time';
import { pairSessionsQuery, scheduleSession, sessionsKey, type PairKind } from './sessions-api';
import { SessionsTable } from './sessions-table';
import { useNow } from './use-now';

export type PairSessionsProps = {
  /** `relationship` (mentoring) or `engagement` (coaching). */
  kind: PairKind;
  /** The relationship's or engagement's id. */
  pairId: string;
  /**
   * Shows "Schedule a session". Pass false for anyone outside the pair, or once the pair is no
   * longer proposed or active; the API refuses them either way. Default true.
   */
  canSchedule?: boolean;
  /** The section's heading. Default "Sessions". */
  title?: string;
  /** The heading's level. Default 2. */
  headingOrder?: 2 | 3;
  /** Leaves one session out, e.g. the one whose page this is. */
  excludeSessionId?: string;
};

/**
 * A pair's sessions, upcoming and past, each linking to its page, and a form to schedule the next
 * one. For the relationship and engagement pages:
 *
 * @example <PairSessions kind="relationship" pairId={relationship.id} canSchedule={isCurrent && myRole !== 'admin'} />
 */
export function PairSessions({
  kind,
  pairId,
  canSchedule = true,
  title = 'Sessions',
  headingOrder = 2,
  excludeSessionId,
}: PairSessionsProps) {
  const headingId = useId();
  const now = useNow();
  const sessions = useQuery(pairSessionsQuery(kind, pairId));
  const [isScheduling, scheduling] = useDisclosure(false);
  const [justScheduled, setJustScheduled] = useState<Session | null>(null);

  const items = (sessions.data?.items ?? []).filter((session) => session.id !== excludeSessionId);
  const { upcoming, past } = groupSessions(items, now);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" align="center">
          <Title order={headingOrder} size="h3" id={headingId}>
            {title}
          </Title>
          {canSchedule && !isScheduling && (
            <Button
              onClick={() => {
                setJustScheduled(null);
                scheduling.open();
              }}
            >
              Schedule a session
            </Button>
          )}
        </Group>

        {justScheduled !== null && (
          <Alert color="green" variant="light" role="status" withCloseButton onClose={() => setJustScheduled(null)}>
            Session scheduled.{' '}
            <Link to="/sessions/$sessionId" params={{ sessionId: justScheduled.id }}>
              Open it to prepare the agenda
            </Link>
            .
          </Alert>
        )}

        {canSchedule && isScheduling && (
          <ScheduleSessionForm
            kind={kind}
            pairId={pairId}
            onCancel={scheduling.close}
            onScheduled={(session) => {
              setJustScheduled(session);
              scheduling.close();
            }}
          />
        )}

        {sessions.isPending && <Text c="dimmed">Loading sessions…</Text>}
        {sessions.isError && (
          <Alert color="red" variant="light" title="Could not load the sessions" role="alert">
            {sessions.error.message}
          </Alert>
        )}
        {sessions.isSuccess && items.length === 0 && (
          <Text c="dimmed">{excludeSessionId === undefined ? 'No sessions yet.' : 'No other sessions yet.'}</Text>
        )}
        {upcoming.length > 0 && (
          <Stack gap="xs">
            <Title order={headingOrder === 2 ? 3 : 4} size="h5">
              Upcoming
            </Title>
            <SessionsTable label="Upcoming sessions" sessions={upcoming} now={now} />
          </Stack>
        )}
        {past.length > 0 && (
          <Stack gap="xs">
            <Title order={headingOrder === 2 ? 3 : 4} size="h5">
              Past
            </Title>
            <SessionsTable label="Past sessions" sessions={past} now={now} />
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

type ScheduleField = 'scheduledAt' | 'durationMinutes' | 'agenda' | 'framework' | 'location';
const scheduleFields: readonly ScheduleField[] = ['scheduledAt', 'durationMinutes', 'agenda', 'framework', 'location'];

/** The schedule form: local date and time (sent as UTC), length, agenda, framework and place. */
export function ScheduleSessionForm({
  kind,
  pairId,
  onScheduled,
  onCancel,
}: {
  kind: PairKind;
  pairId: string;
  onScheduled: (session: Session) => void;
  onCancel: () => void;
}) {
  const queryClient = useQueryClient();
  const [time, setTime] = useState<SessionTimeValues>({ date: '', time: '', durationMinutes: 60 });
  const [agenda, setAgenda] = useState('');
  const [framework, setFramework] = useState<SessionFramework>(defaultFrameworkFor[kind]);
  const [location, setLocation] = useState('');
  const [localErrors, setLocalErrors] = useState<SessionTimeErrors>({});
  const schedule = useMutation({
    mutationFn: (body: SessionScheduleInput) => scheduleSession(kind, pairId, body),
    onSuccess: (session) => {
      void queryClient.invalidateQueries({ queryKey: sessionsKey });
      onScheduled(session);
    },
  });
  const server = splitServerError(schedule.error, scheduleFields);

  function submit(event: FormEvent) {
    event.preventDefault();
    const read = readSessionTime(time);
    if ('errors' in read) {
      setLocalErrors(read.errors);
      return;
    }
    setLocalErrors({});
    schedule.mutate({ ...read, agenda, framework, location });
  }

  const timeErrors: SessionTimeErrors = {
    scheduledAt: localErrors.scheduledAt ?? server.fields.scheduledAt,
    durationMinutes: localErrors.durationMinutes ?? server.fields.durationMinutes,
  };

  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
      <form onSubmit={submit} noValidate aria-label="Schedule a session">
        <Stack gap="sm">
          <SessionTimeFields values={time} errors={timeErrors} onChange={setTime} />
          <Select
            label="Framework"
            description={`The default for ${kind === 'relationship' ? 'mentoring is the 5 Cs' : 'coaching is GROW'}`}
            data={frameworkOptions}
            value={framework}
            allowDeselect={false}
            onChange={(value) => value !== null && setFramework(value as SessionFramework)}
            error={server.fields.framework}
          />
          <Textarea
            label="Agenda"
            description="What you want to talk about; you can change it later"
            autosize
            minRows={2}
            maxLength={5000}
            value={agenda}
            onChange={(event) => setAgenda(event.currentTarget.value)}
            error={server.fields.agenda}
          />
          <TextInput
            label="Place or video link"
            maxLength={500}
            value={location}
            onChange={(event) => setLocation(event.currentTarget.value)}
            error={server.fields.location}
          />
          {server.general !== null && (
            <Alert color="red" variant="light" title="The session was not scheduled" role="alert">
              {server.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button type="submit" loading={schedule.isPending}>
              Schedule
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

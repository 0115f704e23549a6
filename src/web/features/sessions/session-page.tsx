import { Alert, Anchor, Button, Group, Modal, Paper, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import type { Session, SessionUpdateInput } from '../../../contract/index.js';
import { RecordPage } from '../../app/record-page';
import { LabelledRows } from '../../ui/labelled-rows';
import { useSession } from '../auth/use-session';
import { splitServerError } from '../people/server-errors';
import { SessionFeedbackPrompt } from '../ongoing-feedback/session-feedback-prompt';
import { PairSessions } from './pair-sessions';
import { SessionActionItems } from './session-action-items';
import { frameworkLabels, kindLabels, pairName, participantRoleLabels } from './session-labels';
import { SessionNotes } from './session-notes';
import { SessionStatusBadge } from './session-status-badge';
import {
  readSessionTime,
  SessionTimeFields,
  type SessionTimeErrors,
  type SessionTimeValues,
} from './session-time-fields';
import { canMarkHeld, formatLength, formatSessionTime, localTimeZone, utcToLocal } from './session-time';
import { invitePath, sessionQuery, sessionsKey, updateSession, type PairKind } from './sessions-api';
import { useNow } from './use-now';

/** `/sessions/$sessionId`: everything the API lets the reader see of one session. */
export function SessionPage() {
  const { sessionId } = useParams({ from: '/_authenticated/sessions/$sessionId' });
  const session = useQuery(sessionQuery(sessionId));
  useDocumentTitle(session.data ? `${kindLabels[session.data.kind]} session · Tandem` : 'Session · Tandem');

  return (
    <RecordPage query={session} what="the session">
      {(data) => <SessionView session={data} />}
    </RecordPage>
  );
}

function SessionView({ session }: { session: Session }) {
  const { user } = useSession();
  const now = useNow(30_000);
  const pair = pairOf(session);
  const isPair = session.access === 'pair';

  return (
    <Stack gap="xl" maw={1000}>
      <Stack gap={4}>
        {pair !== null && <PairLink pair={pair} />}
        <Group gap="sm">
          <Title order={1}>{`${kindLabels[session.kind]} session: ${pairName(session.participants)}`}</Title>
          <SessionStatusBadge session={session} now={now} />
        </Group>
      </Stack>

      <DetailsSection session={session} />

      {isPair ? (
        <>
          <ActionsSection key={`${session.status}:${session.sequence}`} session={session} now={now} />
          <AgendaSection key={`agenda:${session.updatedAt}`} session={session} />
          {session.template !== null && (
            <SessionNotes session={{ ...session, template: session.template }} myPersonId={user.personId} />
          )}
          <SessionFeedbackPrompt session={session} myPersonId={user.personId} />
          {session.actionItems !== null && (
            <SessionActionItems
              sessionId={session.id}
              items={session.actionItems}
              participants={session.participants}
              myPersonId={user.personId}
            />
          )}
          {pair !== null && (
            <PairSessions
              kind={pair.kind}
              pairId={pair.id}
              title="Other sessions of this pair"
              excludeSessionId={session.id}
            />
          )}
        </>
      ) : (
        <Stack gap="sm">
          <Text c="dimmed">
            Agenda, notes and action items belong to the two people of the pair; they are not shown to anyone else.
          </Text>
          <InviteLink sessionId={session.id} />
        </Stack>
      )}
    </Stack>
  );
}

function pairOf(session: Session): { kind: PairKind; id: string } | null {
  if (session.relationshipId !== null) return { kind: 'relationship', id: session.relationshipId };
  if (session.engagementId !== null) return { kind: 'engagement', id: session.engagementId };
  return null;
}

function PairLink({ pair }: { pair: { kind: PairKind; id: string } }) {
  return pair.kind === 'relationship' ? (
    <Anchor
      size="sm"
      renderRoot={(props) => (
        <Link {...props} to="/relationships/$relationshipId" params={{ relationshipId: pair.id }} />
      )}
    >
      The mentoring relationship
    </Anchor>
  ) : (
    <Anchor
      size="sm"
      renderRoot={(props) => <Link {...props} to="/engagements/$engagementId" params={{ engagementId: pair.id }} />}
    >
      The coaching engagement
    </Anchor>
  );
}

/** Every field the API answered, and nothing it left out (admins, managers and sponsors get less). */
function DetailsSection({ session }: { session: Session }) {
  const headingId = useId();
  const rows: [string, ReactNode][] = [
    [
      'When',
      <Stack gap={0} key="when">
        <Text>{formatSessionTime(session.scheduledAt, session.endsAt)}</Text>
        <Text size="xs" c="dimmed">{`Your time (${localTimeZone()})`}</Text>
      </Stack>,
    ],
    ['Length', formatLength(session.durationMinutes)],
  ];
  if (session.participants.length > 0) {
    rows.push([
      'Pair',
      session.participants.map((person) => `${person.name} (${participantRoleLabels[person.role]})`).join(', '),
    ]);
  }
  rows.push(['Status', <SessionStatusBadge key="status" session={session} now={new Date()} />]);
  if (session.framework !== null) rows.push(['Framework', frameworkLabels[session.framework]]);
  if (session.location !== null) rows.push(['Place or video link', placeText(session.location)]);
  if (session.access !== 'pair' && session.agenda !== null) rows.push(['Agenda', session.agenda || '—']);
  if (session.counts !== null) {
    rows.push(['Shared notes', String(session.counts.sharedNotes)]);
    rows.push(['Action items', `${session.counts.actionItems} (${session.counts.openActionItems} open)`]);
  }
  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h3" id={headingId}>
        Details
      </Title>
      <LabelledRows rows={rows} />
    </Stack>
  );
}

function placeText(location: string): ReactNode {
  if (location === '') return '—';
  if (/^https?:\/\//i.test(location)) {
    return (
      <Anchor href={location} target="_blank" rel="noopener noreferrer">
        {location}
      </Anchor>
    );
  }
  return location;
}

function InviteLink({ sessionId }: { sessionId: string }) {
  return (
    <Anchor href={invitePath(sessionId)} download>
      Download invite (.ics)
    </Anchor>
  );
}

/** Saves a change to the session and puts the answer in the cache, so the page shows it at once. */
function useUpdateSession(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SessionUpdateInput) => updateSession(sessionId, body),
    onSuccess: (updated) => {
      queryClient.setQueryData(sessionQuery(sessionId).queryKey, updated);
      return queryClient.invalidateQueries({ queryKey: sessionsKey });
    },
  });
}

function ActionsSection({ session, now }: { session: Session; now: Date }) {
  const headingId = useId();
  const update = useUpdateSession(session.id);
  const [isRescheduling, rescheduling] = useDisclosure(false);
  const [isConfirmingCancel, confirmingCancel] = useDisclosure(false);
  const isScheduled = session.status === 'scheduled';
  const heldAllowed = canMarkHeld(session, now);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          Meeting
        </Title>
        {isScheduled ? (
          <Text>
            {heldAllowed
              ? 'Once you have met, mark the session held. That is final.'
              : 'You can mark the session held once it has started.'}
          </Text>
        ) : (
          <Text>{`This session was ${session.status}; that is final.`}</Text>
        )}
        {update.error !== null && (
          <Alert color="red" variant="light" title="The session did not change" role="alert">
            {update.error.message}
          </Alert>
        )}
        <Group gap="sm">
          {isScheduled && (
            <>
              <Button
                disabled={!heldAllowed || update.isPending}
                loading={update.isPending && update.variables.status === 'held'}
                onClick={() => update.mutate({ status: 'held' })}
              >
                Mark held
              </Button>
              <Button variant="default" onClick={rescheduling.open}>
                Reschedule
              </Button>
              <Button variant="default" color="red" onClick={confirmingCancel.open}>
                Cancel session
              </Button>
            </>
          )}
          <InviteLink sessionId={session.id} />
        </Group>
      </Stack>
      <Modal opened={isRescheduling} onClose={rescheduling.close} title="Reschedule the session">
        <RescheduleForm session={session} onDone={rescheduling.close} />
      </Modal>
      <Modal opened={isConfirmingCancel} onClose={confirmingCancel.close} title="Cancel this session?">
        <Stack gap="md">
          <Text>A cancelled session cannot be brought back; schedule a new one instead. Its notes stay.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirmingCancel.close}>
              Keep it
            </Button>
            <Button
              color="red"
              loading={update.isPending}
              onClick={() => update.mutate({ status: 'cancelled' }, { onSettled: confirmingCancel.close })}
            >
              Cancel the session
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function RescheduleForm({ session, onDone }: { session: Session; onDone: () => void }) {
  const update = useUpdateSession(session.id);
  const [values, setValues] = useState<SessionTimeValues>({
    ...utcToLocal(session.scheduledAt),
    durationMinutes: session.durationMinutes,
  });
  const [localErrors, setLocalErrors] = useState<SessionTimeErrors>({});
  const server = splitServerError(update.error, ['scheduledAt', 'durationMinutes'] as const);

  function submit(event: FormEvent) {
    event.preventDefault();
    const read = readSessionTime(values);
    if ('errors' in read) {
      setLocalErrors(read.errors);
      return;
    }
    setLocalErrors({});
    update.mutate(read, { onSuccess: onDone });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <SessionTimeFields
          values={values}
          onChange={setValues}
          errors={{
            scheduledAt: localErrors.scheduledAt ?? server.fields.scheduledAt,
            durationMinutes: localErrors.durationMinutes ?? server.fields.durationMinutes,
          }}
        />
        {server.general !== null && (
          <Alert color="red" variant="light" role="alert">
            {server.general}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            Keep the time
          </Button>
          <Button type="submit" loading={update.isPending}>
            Move the session
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function AgendaSection({ session }: { session: Session }) {
  const headingId = useId();
  const update = useUpdateSession(session.id);
  const [agenda, setAgenda] = useState(session.agenda ?? '');
  const [location, setLocation] = useState(session.location ?? '');
  const server = splitServerError(update.error, ['agenda', 'location'] as const);
  const isChanged = agenda !== (session.agenda ?? '') || location !== (session.location ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    update.mutate({ agenda, location });
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            Agenda
          </Title>
          <Textarea
            label="Agenda"
            description={
              session.kind === 'mentoring'
                ? 'The mentee leads: what do you want to talk about?'
                : 'What this session is for'
            }
            autosize
            minRows={3}
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
            <Alert color="red" variant="light" role="alert">
              {server.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button type="submit" disabled={!isChanged} loading={update.isPending}>
              Save agenda
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { FeedbackCycle } from '../../../contract/assessments.js';
import { formatCalendarDate } from '../engagements/engagement-view';
import { fieldErrors } from '../engagements/form-errors';
import { errorMessage } from '../people/server-errors';
import { approveNominations, closeCycle, issueSelfRatingLink, returnNominations } from './feedback-api';
import { NomineesByGroup, Section } from './feedback-parts';
import { approvalWarnings } from './feedback-view';

const maximumNoteLength = 1000;

/** The approver's view of a list waiting for them: who is asked, then approve and invite, or send back. */
export function ApprovalSection({
  cycle,
  onUpdated,
}: {
  cycle: FeedbackCycle;
  onUpdated: (cycle: FeedbackCycle) => void;
}) {
  const [isApproving, approving] = useDisclosure(false);
  const [isReturning, returning] = useDisclosure(false);
  const nominees = cycle.nominees ?? [];
  const raters = nominees.filter((nominee) => nominee.group !== 'self').length;
  const warnings = approvalWarnings(nominees, cycle.anonymityThreshold);
  const name = cycle.participant.name;
  const approve = useMutation({
    mutationFn: () => approveNominations(cycle.id),
    onSuccess: (updated) => {
      approving.close();
      onUpdated(updated);
    },
  });

  return (
    <Section
      id="approval-title"
      title="Raters to approve"
      description={`${name} chose these people to give feedback. Approve the list when it gives a fair picture of their work; otherwise send it back with a note.`}
    >
      <NomineesByGroup nominees={nominees} />
      {warnings.length > 0 && (
        <Alert color="yellow" variant="light" title="Worth a look before you approve">
          <List size="sm" spacing={4}>
            {warnings.map((warning) => (
              <List.Item key={warning}>{warning}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Group gap="sm">
        <Button onClick={approving.open} disabled={raters === 0}>
          Approve and invite
        </Button>
        <Button variant="default" onClick={returning.open}>
          Send back
        </Button>
      </Group>
      <Modal opened={isApproving} onClose={approving.close} title="Approve the list and invite the raters?">
        <Stack gap="md">
          <Text>
            {`Tandem emails ${raters === 1 ? 'the rater' : `each of the ${raters} raters`} a personal link to answer, and ${name} a link for their self-rating. They can answer until ${formatCalendarDate(cycle.closesOn)}.`}
          </Text>
          {approve.error !== null && (
            <Alert color="red" variant="light" title="The list was not approved" role="alert">
              {errorMessage(approve.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={approving.close}>
              Not yet
            </Button>
            <Button loading={approve.isPending} onClick={() => approve.mutate()}>
              Approve and invite
            </Button>
          </Group>
        </Stack>
      </Modal>
      <ReturnModal cycle={cycle} opened={isReturning} onClose={returning.close} onUpdated={onUpdated} />
    </Section>
  );
}

function ReturnModal({
  cycle,
  opened,
  onClose,
  onUpdated,
}: {
  cycle: FeedbackCycle;
  opened: boolean;
  onClose: () => void;
  onUpdated: (cycle: FeedbackCycle) => void;
}) {
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const sendBack = useMutation({
    mutationFn: () => returnNominations(cycle.id, note.trim()),
    onSuccess: (updated) => {
      dismiss();
      onUpdated(updated);
    },
  });
  const errors = fieldErrors(sendBack.error, (path) => path === 'note');

  function dismiss() {
    setNote('');
    setProblem(null);
    sendBack.reset();
    onClose();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (note.trim() === '') {
      setProblem('Write what should change, so they know what to fix.');
      return;
    }
    sendBack.mutate();
  }

  return (
    <Modal opened={opened} onClose={dismiss} title="Send the list back" size="lg">
      <form onSubmit={submit} noValidate aria-label="Send the list back">
        <Stack gap="md">
          <Textarea
            label="Note"
            description={`What should ${cycle.participant.name} change? They read this note with the list.`}
            required
            autosize
            minRows={3}
            maxRows={10}
            maxLength={maximumNoteLength}
            value={note}
            onChange={(event) => {
              setNote(event.currentTarget.value);
              setProblem(null);
            }}
            error={problem ?? errors.fields['note']}
            data-autofocus
          />
          {errors.general !== null && (
            <Alert color="red" variant="light" title="The list was not sent back" role="alert">
              {errors.general}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={dismiss}>
              Keep it
            </Button>
            <Button type="submit" loading={sendBack.isPending}>
              Send back
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** An admin ends the collection early; it also ends by itself after the closing day. */
export function CloseCycleSection({
  cycle,
  onUpdated,
}: {
  cycle: FeedbackCycle;
  onUpdated: (cycle: FeedbackCycle) => void;
}) {
  const [isConfirming, confirming] = useDisclosure(false);
  const close = useMutation({
    mutationFn: () => closeCycle(cycle.id),
    onSuccess: (updated) => {
      confirming.close();
      onUpdated(updated);
    },
  });
  return (
    <Section
      id="close-title"
      title="Close the cycle"
      description={`Raters can answer until ${formatCalendarDate(cycle.closesOn)}, when the cycle closes by itself. Close it now to stop collecting and open the report to ${cycle.participant.name} if enough answered.`}
    >
      <Group>
        <Button variant="default" color="red" onClick={confirming.open}>
          Close cycle
        </Button>
      </Group>
      <Modal opened={isConfirming} onClose={confirming.close} title="Close this cycle?">
        <Stack gap="md">
          <Text>Raters who have not answered can no longer answer, and answers can no longer change.</Text>
          {close.error !== null && (
            <Alert color="red" variant="light" title="The cycle was not closed" role="alert">
              {errorMessage(close.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirming.close}>
              Keep collecting
            </Button>
            <Button color="red" loading={close.isPending} onClick={() => close.mutate()}>
              Close cycle
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}

/**
 * The participant's way to their own rating without the mail: a fresh link (the mailed one then
 * stops working, since Tandem keeps only a hash of each link).
 */
export function RateYourselfButton({ cycleId }: { cycleId: string }) {
  const navigate = useNavigate();
  const issue = useMutation({
    mutationFn: () => issueSelfRatingLink(cycleId),
    onSuccess: ({ path }) => void navigate({ to: '/rate/$token', params: { token: path.replace('/rate/', '') } }),
  });
  return (
    <Stack gap={4}>
      <Group>
        <Button variant="light" loading={issue.isPending} onClick={() => issue.mutate()}>
          Rate yourself
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        Opens your own questionnaire here; the link in your email then stops working.
      </Text>
      {issue.isError && (
        <Alert color="red" variant="light" role="alert">
          {errorMessage(issue.error)}
        </Alert>
      )}
    </Stack>
  );
}

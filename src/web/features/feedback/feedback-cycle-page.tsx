import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { FeedbackCycle } from '../../../contract/assessments.js';
import { RecordPage } from '../../app/record-page';
import { LabelledRows } from '../../ui/labelled-rows';
import { useSession } from '../auth/use-session';
import { formatCalendarDate, formatInstant } from '../engagements/engagement-view';
import { ApprovalSection, CloseCycleSection, RateYourselfButton } from './cycle-actions';
import { cycleQuery, feedbackKey } from './feedback-api';
import { CountsTable, CycleStatusBadge, CycleTimeline, NomineesByGroup, Section } from './feedback-parts';
import { nextStep, phaseLabels } from './feedback-view';
import { NominationsEditor } from './nominations-editor';

/** `/feedback/$cycleId`: one 360 cycle, as its participant, its approver or an admin sees it. */
export function FeedbackCyclePage() {
  const { cycleId } = useParams({ from: '/_authenticated/feedback/$cycleId' });
  const cycle = useQuery(cycleQuery(cycleId));
  useDocumentTitle(`${cycle.data === undefined ? '360 feedback' : cycleTitle(cycle.data)} · Tandem`);
  return (
    <RecordPage query={cycle} what="the 360">
      {(data) => <Cycle cycle={data} />}
    </RecordPage>
  );
}

function cycleTitle(cycle: FeedbackCycle): string {
  return cycle.viewerRole === 'participant' ? 'Your 360 feedback' : `360 feedback for ${cycle.participant.name}`;
}

/** After a change: show the answer at once, and let the lists catch up. */
function useApplyCycle() {
  const queryClient = useQueryClient();
  return (updated: FeedbackCycle) => {
    queryClient.setQueryData(cycleQuery(updated.id).queryKey, updated);
    void queryClient.invalidateQueries({ queryKey: [...feedbackKey, 'list'] });
  };
}

function Cycle({ cycle }: { cycle: FeedbackCycle }) {
  const apply = useApplyCycle();
  const { user } = useSession();
  const { status, viewerRole } = cycle;
  // Any admin closes a cycle, also one who approves it because the participant has no manager.
  const canClose = user.roles.includes('admin') && viewerRole !== 'participant' && status === 'collecting';
  const isParticipant = viewerRole === 'participant';
  const title = cycleTitle(cycle);
  const isCollectingOrClosed = status === 'collecting' || status === 'closed';

  return (
    <Stack gap="xl" maw={1080}>
      <Stack gap={4}>
        <Group gap="md">
          <Anchor component={Link} to="/feedback" size="sm">
            360 feedback
          </Anchor>
          {viewerRole === 'admin' && (
            <Anchor
              renderRoot={(props) => (
                <Link {...props} to="/programs/$programId" params={{ programId: cycle.program.id }} />
              )}
              size="sm"
            >
              {`Program: ${cycle.program.name}`}
            </Anchor>
          )}
        </Group>
        <Group gap="sm">
          <Title order={1}>{title}</Title>
          <CycleStatusBadge status={status} />
        </Group>
        <Text c="dimmed">
          {`${cycle.program.name} · ${phaseLabels[cycle.phase]} · closes on ${formatCalendarDate(cycle.closesOn)}`}
        </Text>
      </Stack>

      <Stack gap="sm">
        <Text fw={600}>{nextStep(cycle)}</Text>
        {isParticipant && status === 'collecting' && <RateYourselfButton cycleId={cycle.id} />}
        {isParticipant && cycle.isReportReady && (
          <Group>
            <Button
              renderRoot={(props) => <Link {...props} to="/feedback/$cycleId/report" params={{ cycleId: cycle.id }} />}
            >
              Open your report
            </Button>
          </Group>
        )}
      </Stack>

      {isParticipant && status === 'nominating' && cycle.returnNote !== null && (
        <Alert color="yellow" variant="light" title="Your manager sent the list back">
          <Text style={{ whiteSpace: 'pre-wrap' }}>{cycle.returnNote}</Text>
        </Alert>
      )}

      {isParticipant && status === 'nominating' && <NominationsEditor key={cycle.id} cycle={cycle} onUpdated={apply} />}
      {viewerRole === 'approver' && status === 'awaiting_approval' && (
        <ApprovalSection key={cycle.id} cycle={cycle} onUpdated={apply} />
      )}
      {cycle.nominees !== null &&
        !(isParticipant && status === 'nominating') &&
        !(viewerRole === 'approver' && status === 'awaiting_approval') && (
          <Section
            id="raters-title"
            title="Raters"
            description={
              status === 'nominating'
                ? 'The list as last saved; the participant is still choosing.'
                : 'Who was asked for feedback. Tandem never shows who has answered, only how many.'
            }
          >
            <NomineesByGroup nominees={cycle.nominees} />
          </Section>
        )}

      {isCollectingOrClosed && (
        <Section
          id="answers-title"
          title="Answers so far"
          description="Counts only: nobody, administrators included, can see who has answered or what."
        >
          <CountsTable counts={cycle.counts} label="Invitations and answers per group" />
        </Section>
      )}

      {canClose && <CloseCycleSection cycle={cycle} onUpdated={apply} />}

      <Section id="progress-title" title="Progress">
        <CycleTimeline cycle={cycle} />
      </Section>

      <Stack gap="sm" component="section" aria-labelledby="details-title">
        <Title order={2} size="h3" id="details-title">
          Details
        </Title>
        <LabelledRows
          rows={[
            ['Participant', cycle.participant.name],
            ['Program', cycle.program.name],
            ['Phase', phaseLabels[cycle.phase]],
            ['Questionnaire', `${cycle.instrument.title} (version ${cycle.instrument.version})`],
            [
              'Anonymity',
              `A group’s answers are shown once at least ${cycle.anonymityThreshold} people in it have answered; the manager’s are shown as theirs.`,
            ],
            ['Closes on', formatCalendarDate(cycle.closesOn)],
            ['Started', formatInstant(cycle.createdAt)],
            ['Sent for approval', cycle.submittedAt === null ? 'Not yet' : formatInstant(cycle.submittedAt)],
            ['Approved', cycle.approvedAt === null ? 'Not yet' : formatInstant(cycle.approvedAt)],
            ['Closed', cycle.closedAt === null ? 'Not yet' : formatInstant(cycle.closedAt)],
          ]}
        />
      </Stack>
    </Stack>
  );
}

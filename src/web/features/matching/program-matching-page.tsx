import {
  Alert,
  Anchor,
  Button,
  Group,
  Paper,
  Progress,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import type { MatchingKind, MatchingRunSummary, MatchingSettings, Program } from '../../../contract/index.js';
import { isApiError } from '../../api/client';
import { NotFoundPanel } from '../../app/not-found-page';
import { PageLoader } from '../../ui/page-loader';
import { errorMessage } from '../people/server-errors';
import { LabelledSegments } from '../people/labelled-segments';
import { ProgramStatusBadge } from '../programs/program-status-badge';
import { programQuery } from '../programs/programs-api';
import {
  matchableStatuses,
  matchingKey,
  matchingRunQuery,
  matchingRunsQuery,
  matchingSettingsQuery,
  startMatchingRun,
} from './matching-api';
import { peopleText, scoreText } from './matching-board';
import { MatchingGate } from './matching-gate';
import { kindLabels, objectiveLabels } from './matching-labels';
import { MatchingSettingsForm } from './matching-settings-form';
import { RunStatusBadge } from './run-status-badge';

export function ProgramMatchingPage() {
  return (
    <MatchingGate>
      <ProgramMatching />
    </MatchingGate>
  );
}

function ProgramMatching() {
  const { programId } = useParams({ from: '/_authenticated/programs/$programId/matching' });
  const program = useQuery(programQuery(programId));
  const settings = useQuery(matchingSettingsQuery(programId));
  useDocumentTitle(`Matching: ${program.data?.name ?? 'Program'} · Tandem`);

  if (program.isPending || settings.isPending) return <PageLoader label="Loading the program’s matching" />;
  const failed = program.error ?? settings.error;
  if (failed) {
    if (isApiError(failed, 404) || isApiError(failed, 400)) return <NotFoundPanel />;
    return (
      <Alert color="red" variant="light" title="Could not load the program’s matching" role="alert">
        {failed.message}
      </Alert>
    );
  }
  if (!program.data || !settings.data) return <PageLoader label="Loading the program’s matching" />;

  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap={4}>
        <Group gap="md">
          <Anchor component={Link} to="/matching" size="sm">
            All matching
          </Anchor>
          <Anchor
            size="sm"
            renderRoot={(props) => <Link {...props} to="/programs/$programId" params={{ programId }} />}
          >
            Program page
          </Anchor>
        </Group>
        <Group gap="sm">
          <Title order={1}>{`Matching: ${program.data.name}`}</Title>
          <ProgramStatusBadge status={program.data.status} />
        </Group>
        <Text c="dimmed">
          {`${peopleText(program.data.enrollmentCounts.participant)} taking part, ${program.data.enrollmentCounts.mentor} mentors, ${program.data.enrollmentCounts.coach} coaches.`}
        </Text>
      </Stack>
      <RunSection program={program.data} settings={settings.data} />
      {/* The form keeps its draft (and its "saved" note) across refetches; saving refreshes the draft. */}
      <MatchingSettingsForm key={programId} program={program.data} settings={settings.data} />
      <RunsSection programId={programId} />
    </Stack>
  );
}

function RunSection({ program, settings }: { program: Program; settings: MatchingSettings }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const isBlended = program.type === 'blended';
  const [kind, setKind] = useState<MatchingKind>(program.type === 'coaching' ? 'coaching' : 'mentoring');
  const canRun = (matchableStatuses as readonly string[]).includes(program.status);
  const run = useMutation({
    mutationFn: () => startMatchingRun(program.id, isBlended ? kind : undefined),
    onSuccess: (created) => {
      queryClient.setQueryData(matchingRunQuery(program.id, created.id).queryKey, created);
      void queryClient.invalidateQueries({ queryKey: [...matchingKey, 'runs', program.id] });
      void navigate({
        to: '/programs/$programId/matching/$runId',
        params: { programId: program.id, runId: created.id },
      });
    },
  });
  const isSelfService = settings.mode === 'self_service' && kind === 'mentoring';

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="matching-run">
      <Stack gap="sm">
        <Title order={2} size="h3" id="matching-run">
          Run matching
        </Title>
        <Text>
          {`Scores every allowed pair with the saved settings and proposes the best assignment (${objectiveLabels[settings.objective].label.toLowerCase()}) on a new board for you to review. A new run replaces the draft of the same kind.`}
        </Text>
        {!canRun && (
          <Alert color="yellow" variant="light" title="Not ready for matching">
            A program is matched once it has moved to Matching. Open the program page and choose “Start matching”.
          </Alert>
        )}
        {canRun && isSelfService && (
          <Alert color="blue" variant="light" title="Mentees choose their mentors">
            This program matches by self-service. Switch “How mentees are matched” to “Admin matches everyone” and save
            to run bulk matching.
          </Alert>
        )}
        {isBlended && (
          <LabelledSegments label="What to match">
            {(labelId) => (
              <SegmentedControl
                aria-labelledby={labelId}
                value={kind}
                onChange={(value) => setKind(value as MatchingKind)}
                data={[
                  { value: 'mentoring', label: 'Mentees with mentors' },
                  { value: 'coaching', label: 'Leaders with coaches' },
                ]}
                disabled={run.isPending}
                maw={420}
              />
            )}
          </LabelledSegments>
        )}
        {run.error !== null && (
          <Alert color="red" variant="light" title="Matching did not run" role="alert">
            {errorMessage(run.error)}
          </Alert>
        )}
        {run.isPending && <RunProgress />}
        <Group>
          <Button onClick={() => run.mutate()} loading={run.isPending} disabled={!canRun || isSelfService}>
            Run matching
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}

/** The server answers once the solver is done, which can take seconds: say that it is working. */
function RunProgress() {
  const [seconds, setSeconds] = useState(0);
  useEffect(() => {
    const timer = window.setInterval(() => setSeconds((current) => current + 1), 1000);
    return () => window.clearInterval(timer);
  }, []);
  return (
    <Stack gap={4} role="status" aria-live="polite">
      <Progress value={100} striped animated aria-label="Matching in progress" />
      <Text size="sm">
        {`Matching: scoring every allowed pair and solving for the best assignment… ${seconds > 0 ? `${seconds} s` : ''}`}
      </Text>
    </Stack>
  );
}

function RunsSection({ programId }: { programId: string }) {
  const runs = useQuery(matchingRunsQuery(programId));
  return (
    <Stack gap="sm" component="section" aria-labelledby="matching-runs">
      <Title order={2} size="h3" id="matching-runs">
        Runs
      </Title>
      {runs.isPending && <PageLoader label="Loading runs" />}
      {runs.isError && (
        <Alert color="red" variant="light" title="Could not load the runs" role="alert">
          {runs.error.message}
        </Alert>
      )}
      {runs.data?.items.length === 0 && <Text c="dimmed">No runs yet.</Text>}
      {runs.data && runs.data.items.length > 0 && <RunsTable programId={programId} runs={runs.data.items} />}
    </Stack>
  );
}

function RunsTable({ programId, runs }: { programId: string; runs: MatchingRunSummary[] }) {
  const sorted = [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label="Matching runs">
        <Table.Caption>Newest first</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Run</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col" ta="right">
              Matched
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Unmatched
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Total score
            </Table.Th>
            <Table.Th scope="col">Board</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((run) => (
            <Table.Tr key={run.id}>
              <Table.Td>
                <Anchor
                  renderRoot={(props) => (
                    <Link {...props} to="/programs/$programId/matching/$runId" params={{ programId, runId: run.id }} />
                  )}
                >
                  {new Date(run.createdAt).toLocaleString()}
                </Anchor>
              </Table.Td>
              <Table.Td>{kindLabels[run.kind]}</Table.Td>
              <Table.Td>
                <RunStatusBadge status={run.status} />
              </Table.Td>
              <Table.Td ta="right">{run.matched}</Table.Td>
              <Table.Td ta="right">{run.unmatched}</Table.Td>
              <Table.Td ta="right">{scoreText(run.totalScore)}</Table.Td>
              <Table.Td>{run.isOptimal ? 'Proven best' : 'Edited by hand'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

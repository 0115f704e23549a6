import { Alert, Anchor, Button, Group, Modal, Paper, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useState } from 'react';
import type { MatchingRun } from '../../../contract/index.js';
import { isApiError } from '../../api/client';
import { NotFoundPanel } from '../../app/not-found-page';
import { PageLoader } from '../../ui/page-loader';
import { errorMessage } from '../people/server-errors';
import { programQuery, programsKey } from '../programs/programs-api';
import { matchingKey, matchingRunQuery, publishRun, rerunMatching } from './matching-api';
import { scoreText } from './matching-board';
import { FairnessPanel } from './fairness-panel';
import { MatchingGate } from './matching-gate';
import { kindLabels, objectiveLabels, partnerLabels } from './matching-labels';
import { PartnersLoadSection } from './partners-load-table';
import { ProposalsSection } from './proposals-table';
import { RunStatusBadge } from './run-status-badge';
import { UnmatchedSection } from './unmatched-section';
import { useRunUpdate } from './use-run-update';

export function MatchingRunPage() {
  return (
    <MatchingGate>
      <MatchingRunBoard />
    </MatchingGate>
  );
}

function MatchingRunBoard() {
  const { programId, runId } = useParams({ from: '/_authenticated/programs/$programId/matching/$runId' });
  const program = useQuery(programQuery(programId));
  const run = useQuery(matchingRunQuery(programId, runId));
  const [created, setCreated] = useState<number | null>(null);
  useDocumentTitle(`Matching board: ${program.data?.name ?? 'Program'} · Tandem`);

  if (run.isPending) return <PageLoader label="Loading the matching board" />;
  if (run.isError) {
    if (isApiError(run.error, 404) || isApiError(run.error, 400)) return <NotFoundPanel />;
    return (
      <Alert color="red" variant="light" title="Could not load the matching board" role="alert">
        {run.error.message}
      </Alert>
    );
  }
  const board = run.data;

  return (
    <Stack gap="xl">
      <Stack gap={4}>
        <Group gap="md">
          <Anchor
            size="sm"
            renderRoot={(props) => <Link {...props} to="/programs/$programId/matching" params={{ programId }} />}
          >
            Back to the program’s matching
          </Anchor>
          <Anchor
            size="sm"
            renderRoot={(props) => <Link {...props} to="/programs/$programId" params={{ programId }} />}
          >
            Program page
          </Anchor>
        </Group>
        <Group gap="sm">
          <Title order={1}>{`Matching board: ${program.data?.name ?? ''}`}</Title>
          <RunStatusBadge status={board.status} />
        </Group>
        <Text c="dimmed">
          {`${kindLabels[board.kind]}, ${objectiveLabels[board.objective].label.toLowerCase()}; run ${new Date(board.createdAt).toLocaleString()}`}
        </Text>
      </Stack>
      {created !== null && (
        <Alert color="green" variant="light" title="Published" role="status">
          <Stack gap={4} align="flex-start">
            <Text size="sm">
              {`${created} ${board.kind === 'mentoring' ? 'mentoring relationships' : 'coaching engagements'} were created. Participants and their ${partnerLabels[board.kind].toLowerCase()}s can now start.`}
            </Text>
            <Anchor
              size="sm"
              renderRoot={(props) => (
                <Link {...props} to="/programs/$programId" params={{ programId }} hash="program-matches" />
              )}
            >
              See the program’s matches
            </Anchor>
          </Stack>
        </Alert>
      )}
      <RunSummary run={board} />
      {board.status === 'draft' && <RunActions programId={programId} run={board} onPublished={setCreated} />}
      <ProposalsSection programId={programId} run={board} />
      <UnmatchedSection programId={programId} run={board} />
      <FairnessPanel fairness={board.fairness} kind={board.kind} />
      <PartnersLoadSection run={board} />
    </Stack>
  );
}

function Stat({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="xl" fw={700}>
        {children}
      </Text>
    </Paper>
  );
}

function RunSummary({ run }: { run: MatchingRun }) {
  const solution =
    run.status === 'published'
      ? 'Published'
      : run.status === 'discarded'
        ? 'Discarded'
        : run.isOptimal
          ? 'Proven best'
          : 'Edited by hand';
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="md" component="section" aria-label="Summary">
      <Stat label="Matched">{run.matched}</Stat>
      <Stat label="Unmatched">{run.unmatched}</Stat>
      <Stat label="Total score">{scoreText(run.totalScore)}</Stat>
      <Stat label="Solution">{solution}</Stat>
    </SimpleGrid>
  );
}

function RunActions({
  programId,
  run,
  onPublished,
}: {
  programId: string;
  run: MatchingRun;
  onPublished: (created: number) => void;
}) {
  const queryClient = useQueryClient();
  const [isConfirming, confirm] = useDisclosure(false);
  const rerun = useRunUpdate(programId, run.id, () => rerunMatching(programId, run.id));
  const publish = useMutation({
    mutationFn: () => publishRun(programId, run.id),
    onSuccess: (result) => {
      queryClient.setQueryData(matchingRunQuery(programId, run.id).queryKey, result.run);
      void queryClient.invalidateQueries({ queryKey: [...matchingKey, 'runs', programId] });
      void queryClient.invalidateQueries({ queryKey: [...matchingKey, 'matches', programId] });
      void queryClient.invalidateQueries({ queryKey: programsKey });
      void queryClient.invalidateQueries({ queryKey: programQuery(programId).queryKey });
      confirm.close();
      onPublished(result.created);
    },
  });
  const locked = run.proposals.filter((proposal) => proposal.isLocked).length;
  const partnerWord = partnerLabels[run.kind].toLowerCase();
  const busy = rerun.isPending || publish.isPending;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="matching-actions">
      <Stack gap="sm">
        <Title order={2} size="h4" id="matching-actions">
          Review and publish
        </Title>
        <Text size="sm">
          {`Re-running keeps the ${locked} locked ${locked === 1 ? 'pair' : 'pairs'} and finds the best pairs for everyone else with the current settings. Publishing turns every pair on the board into a ${run.kind === 'mentoring' ? 'mentoring relationship' : 'coaching engagement'}.`}
        </Text>
        {rerun.error !== null && (
          <Alert color="red" variant="light" title="The board was not re-run" role="alert">
            {errorMessage(rerun.error)}
          </Alert>
        )}
        {publish.error !== null && !isConfirming && (
          <Alert color="red" variant="light" title="Nothing was published" role="alert">
            {errorMessage(publish.error)}
          </Alert>
        )}
        {rerun.isPending && (
          <Stack gap={4} role="status">
            <Progress value={100} striped animated aria-label="Re-running" />
            <Text size="sm">Re-running around the locked pairs…</Text>
          </Stack>
        )}
        <Group gap="sm">
          <Button variant="default" onClick={() => rerun.mutate(undefined)} loading={rerun.isPending} disabled={busy}>
            Re-run around locked pairs
          </Button>
          <Button onClick={confirm.open} disabled={busy || run.proposals.length === 0}>
            Publish…
          </Button>
        </Group>
      </Stack>
      <Modal opened={isConfirming} onClose={confirm.close} title="Publish this board?">
        <Stack gap="md">
          <Text>
            {`${run.proposals.length} pairs become ${run.kind === 'mentoring' ? 'mentoring relationships' : 'coaching engagements'}. ${run.unmatched} participants stay without a ${partnerWord} for now. A published board cannot be edited.`}
          </Text>
          {publish.error !== null && (
            <Alert color="red" variant="light" title="Nothing was published" role="alert">
              {errorMessage(publish.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirm.close}>
              Cancel
            </Button>
            <Button loading={publish.isPending} onClick={() => publish.mutate()}>
              {`Publish ${run.proposals.length} pairs`}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

import {
  Alert,
  Badge,
  Button,
  Group,
  List,
  Modal,
  Pagination,
  Select,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useState } from 'react';
import type { MatchingProposal, MatchingRun } from '../../../contract/index.js';
import { errorMessage } from '../people/server-errors';
import { removeProposal, setProposalLock, swapProposals } from './matching-api';
import { filterProposals, pageOf, scoreText, swapCandidates } from './matching-board';
import { factorLabels, partnerLabels } from './matching-labels';
import { PersonCell } from './person-cell';
import { useRunUpdate } from './use-run-update';

export const proposalsPageSize = 50;

type Props = { programId: string; run: MatchingRun };

/** The proposed pairs: filter by name, pages of 50, lock, swap and remove while the run is a draft. */
export function ProposalsSection({ programId, run }: Props) {
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(1);
  const [swapping, setSwapping] = useState<MatchingProposal | null>(null);
  const isDraft = run.status === 'draft';
  const partnerWord = partnerLabels[run.kind];

  const lock = useRunUpdate(programId, run.id, (variables: { proposal: MatchingProposal; isLocked: boolean }) =>
    setProposalLock(programId, run.id, variables.proposal.id, variables.isLocked),
  );
  const remove = useRunUpdate(programId, run.id, (proposal: MatchingProposal) =>
    removeProposal(programId, run.id, proposal.id),
  );
  const failed = lock.error ?? remove.error;
  const failedAction = lock.error ? 'lock' : 'remove';

  const filtered = filterProposals(run.proposals, query);
  const shown = pageOf(filtered, page, proposalsPageSize);
  const locked = run.proposals.filter((proposal) => proposal.isLocked).length;

  return (
    <Stack gap="sm" component="section" aria-labelledby="matching-proposals">
      <Title order={2} size="h3" id="matching-proposals">
        {`Proposed pairs (${run.proposals.length})`}
      </Title>
      <Text size="sm" c="dimmed">
        {isDraft
          ? `Locked pairs (${locked} now) stay as they are when you re-run; pairs you place or swap by hand are locked.`
          : 'This run is no longer a draft: its board is read-only.'}
      </Text>
      <TextInput
        type="search"
        label="Filter pairs by name"
        description="Participant or partner: name, title or department"
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          setPage(1);
        }}
        maw={420}
      />
      {failed !== null && (
        <Alert color="red" variant="light" title={`Could not ${failedAction} the pair`} role="alert">
          {errorMessage(failed)}
        </Alert>
      )}
      <Text size="sm" role="status">
        {query.trim() === ''
          ? `${run.proposals.length} pairs`
          : `${filtered.length} of ${run.proposals.length} pairs match “${query.trim()}”`}
      </Text>
      {filtered.length > 0 && (
        <Table.ScrollContainer minWidth={1000}>
          <Table striped verticalSpacing="sm" aria-label="Proposed pairs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Participant</Table.Th>
                <Table.Th scope="col">{partnerWord}</Table.Th>
                <Table.Th scope="col" ta="right">
                  Score
                </Table.Th>
                <Table.Th scope="col">Why</Table.Th>
                <Table.Th scope="col">Check</Table.Th>
                <Table.Th scope="col">Locked</Table.Th>
                {isDraft && (
                  <Table.Th scope="col">
                    <VisuallyHidden>Actions</VisuallyHidden>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.items.map((proposal) => (
                <Table.Tr key={proposal.id}>
                  <Table.Td>
                    <PersonCell person={proposal.participant} />
                  </Table.Td>
                  <Table.Td>
                    <PersonCell person={proposal.partner} />
                  </Table.Td>
                  <Table.Td ta="right" title={factorBreakdown(proposal)}>
                    {scoreText(proposal.score)}
                  </Table.Td>
                  <Table.Td maw={360}>
                    {proposal.reasons.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        No strong reason
                      </Text>
                    ) : (
                      <List size="sm" spacing={2}>
                        {proposal.reasons.map((reason) => (
                          <List.Item key={reason}>{reason}</List.Item>
                        ))}
                      </List>
                    )}
                  </Table.Td>
                  <Table.Td maw={240}>
                    <Stack gap={4} align="flex-start">
                      {proposal.source === 'admin' && (
                        <Badge variant="light" color="grape">
                          Placed by hand
                        </Badge>
                      )}
                      {proposal.warnings.map((warning) => (
                        <Badge
                          key={warning}
                          variant="light"
                          color="orange"
                          radius="sm"
                          size="sm"
                          tt="none"
                          h="auto"
                          py={3}
                          styles={{ label: { whiteSpace: 'normal', overflow: 'visible', lineHeight: 1.35 } }}
                        >
                          {warning}
                        </Badge>
                      ))}
                    </Stack>
                  </Table.Td>
                  <Table.Td>
                    <Switch
                      aria-label={`Lock the pair of ${proposal.participant.name}`}
                      checked={proposal.isLocked}
                      disabled={!isDraft || (lock.isPending && lock.variables.proposal.id === proposal.id)}
                      onChange={(event) => lock.mutate({ proposal, isLocked: event.currentTarget.checked })}
                    />
                  </Table.Td>
                  {isDraft && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Button
                          size="xs"
                          variant="subtle"
                          aria-label={`Swap the ${partnerWord.toLowerCase()} of ${proposal.participant.name}`}
                          onClick={() => setSwapping(proposal)}
                        >
                          Swap…
                        </Button>
                        <Button
                          size="xs"
                          variant="subtle"
                          color="red"
                          aria-label={`Remove the pair of ${proposal.participant.name}`}
                          loading={remove.isPending && remove.variables.id === proposal.id}
                          disabled={remove.isPending}
                          onClick={() => remove.mutate(proposal)}
                        >
                          Remove
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {shown.pageCount > 1 && (
        <Pagination
          total={shown.pageCount}
          value={shown.page}
          onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': `${control} page of pairs` })}
          getItemProps={(item) => ({ 'aria-label': `Pairs page ${item}` })}
        />
      )}
      {swapping !== null && (
        <SwapModal programId={programId} run={run} proposal={swapping} onClose={() => setSwapping(null)} />
      )}
    </Stack>
  );
}

/** The score's factors, for the score cell's tooltip. */
function factorBreakdown(proposal: MatchingProposal): string {
  return proposal.factors
    .map((factor) => {
      const label = factorLabels[factor.factor as keyof typeof factorLabels] ?? factor.factor;
      return `${label}: ${scoreText(factor.points)} points`;
    })
    .join('\n');
}

function SwapModal({ programId, run, proposal, onClose }: Props & { proposal: MatchingProposal; onClose: () => void }) {
  const [otherId, setOtherId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const partnerWord = partnerLabels[run.kind].toLowerCase();
  const swap = useRunUpdate(
    programId,
    run.id,
    (other: string) => swapProposals(programId, run.id, [proposal.id, other]),
    onClose,
  );
  const options = swapCandidates(run.proposals, proposal).map((other) => ({
    value: other.id,
    label: `${other.participant.name} (${partnerWord}: ${other.partner.name})`,
  }));

  return (
    <Modal opened onClose={onClose} title={`Swap the ${partnerWord} of ${proposal.participant.name}`}>
      <Stack gap="md">
        <Text size="sm">
          {`${proposal.participant.name} is paired with ${proposal.partner.name}. Choose another pair: the two participants exchange ${partnerWord}s, and both new pairs are locked.`}
        </Text>
        <Select
          label="Swap with the pair of"
          placeholder="Search a participant"
          searchable
          data={options}
          value={otherId}
          onChange={(value) => {
            setOtherId(value);
            setError(null);
          }}
          error={error}
          comboboxProps={{ withinPortal: true }}
        />
        {swap.error !== null && (
          <Alert color="red" variant="light" title="The pairs were not swapped" role="alert">
            {errorMessage(swap.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={swap.isPending}
            onClick={() => (otherId === null ? setError('Choose a pair to swap with.') : swap.mutate(otherId))}
          >
            Swap
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

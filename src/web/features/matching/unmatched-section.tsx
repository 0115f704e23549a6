import { Alert, Button, Group, Modal, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { MatchingRun, MatchingUnmatched } from '../../../contract/index.js';
import { errorMessage } from '../people/server-errors';
import { addProposal } from './matching-api';
import { openPartners, placesLeft, placesText } from './matching-board';
import { partnerLabels } from './matching-labels';
import { PersonCell } from './person-cell';
import { useRunUpdate } from './use-run-update';

type Props = { programId: string; run: MatchingRun };

/** Who the run left without a partner and why; on a draft, place them with someone who has room. */
export function UnmatchedSection({ programId, run }: Props) {
  const [assigning, setAssigning] = useState<MatchingUnmatched | null>(null);
  const isDraft = run.status === 'draft';
  const hasRoom = openPartners(run.partners).length > 0;

  return (
    <Stack gap="sm" component="section" aria-labelledby="matching-unmatched">
      <Title order={2} size="h3" id="matching-unmatched">
        {`Unmatched (${run.unmatchedParticipants.length})`}
      </Title>
      {run.unmatchedParticipants.length === 0 ? (
        <Text c="dimmed">Everyone on this run has a {partnerLabels[run.kind].toLowerCase()}.</Text>
      ) : (
        <>
          {isDraft && !hasRoom && (
            <Text size="sm" c="dimmed">
              {`No ${partnerLabels[run.kind].toLowerCase()} has a place left: remove or swap a pair to make room.`}
            </Text>
          )}
          <Table.ScrollContainer minWidth={720}>
            <Table striped aria-label="Unmatched participants">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Participant</Table.Th>
                  <Table.Th scope="col">Why nobody was proposed</Table.Th>
                  {isDraft && (
                    <Table.Th scope="col">
                      <VisuallyHidden>Actions</VisuallyHidden>
                    </Table.Th>
                  )}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {run.unmatchedParticipants.map((entry) => (
                  <Table.Tr key={entry.participant.id}>
                    <Table.Td>
                      <PersonCell person={entry.participant} />
                    </Table.Td>
                    <Table.Td>
                      <Text size="sm">{entry.reason}</Text>
                    </Table.Td>
                    {isDraft && (
                      <Table.Td ta="right">
                        <Button
                          size="xs"
                          variant="light"
                          disabled={!hasRoom}
                          aria-label={`Assign ${entry.participant.name}`}
                          onClick={() => setAssigning(entry)}
                        >
                          Assign…
                        </Button>
                      </Table.Td>
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
      {assigning !== null && (
        <AssignModal programId={programId} run={run} entry={assigning} onClose={() => setAssigning(null)} />
      )}
    </Stack>
  );
}

function AssignModal({ programId, run, entry, onClose }: Props & { entry: MatchingUnmatched; onClose: () => void }) {
  const partnerWord = partnerLabels[run.kind];
  const [partnerId, setPartnerId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const assign = useRunUpdate(
    programId,
    run.id,
    (partnerPersonId: string) =>
      addProposal(programId, run.id, { participantPersonId: entry.participant.id, partnerPersonId }),
    onClose,
  );
  const options = openPartners(run.partners).map((partner) => ({
    value: partner.partner.id,
    label: `${partner.partner.name}, ${partner.partner.title} (${placesText(placesLeft(partner))})`,
  }));

  return (
    <Modal opened onClose={onClose} title={`Assign ${entry.participant.name}`}>
      <Stack gap="md">
        <Text size="sm">{`Why nobody was proposed: ${entry.reason}`}</Text>
        <Select
          label={`${partnerWord} with a place left`}
          placeholder="Search by name"
          searchable
          data={options}
          value={partnerId}
          onChange={(value) => {
            setPartnerId(value);
            setError(null);
          }}
          error={error}
          nothingFoundMessage="Nobody by that name has a place left"
        />
        {assign.error !== null && (
          <Alert color="red" variant="light" title="Not assigned" role="alert">
            {errorMessage(assign.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            loading={assign.isPending}
            onClick={() =>
              partnerId === null ? setError(`Choose a ${partnerWord.toLowerCase()}.`) : assign.mutate(partnerId)
            }
          >
            Assign
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

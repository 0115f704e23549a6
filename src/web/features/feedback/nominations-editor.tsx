import {
  Alert,
  Badge,
  Button,
  Group,
  Loader,
  NativeSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { FeedbackCycle } from '../../../contract/assessments.js';
import { fieldErrors } from '../engagements/form-errors';
import { candidatesQuery, saveNominations, submitNominations } from './feedback-api';
import type { FeedbackCandidate } from '../../../contract/assessments.js';
import { Section } from './feedback-parts';
import {
  addNomination,
  draftsFromNominees,
  groupAdvice,
  groupLabels,
  groupNominees,
  isNominationsChanged,
  maximumRaters,
  nominationGroups,
  nominationShortfall,
  removeNomination,
  toNominationsUpdate,
  type NominatedGroup,
  type NominationDraft,
} from './feedback-view';

const groupOptions = nominationGroups.map((value) => ({ value, label: groupLabels[value] }));
const suggestionsShown = 12;

/**
 * The participant's list of raters while they choose: search and add people by group, move or
 * remove them, save, and send the list to their manager.
 */
export function NominationsEditor({
  cycle,
  onUpdated,
}: {
  cycle: FeedbackCycle;
  onUpdated: (cycle: FeedbackCycle) => void;
}) {
  const [drafts, setDrafts] = useState<NominationDraft[]>(() => draftsFromNominees(cycle.nominees));
  const isChanged = isNominationsChanged(drafts, cycle.nominees);
  const save = useMutation({
    mutationFn: () => saveNominations(cycle.id, toNominationsUpdate(drafts)),
    onSuccess: onUpdated,
  });
  const send = useMutation({
    mutationFn: async () => {
      if (isChanged) onUpdated(await saveNominations(cycle.id, toNominationsUpdate(drafts)));
      return submitNominations(cycle.id);
    },
    onSuccess: onUpdated,
  });
  const failure = send.error ?? save.error;
  const errors = fieldErrors(failure, (path) => /^raters(\.|$)/.test(path));
  const rowErrors = errorsByPerson(errors.fields, drafts);
  const listError = errors.fields['raters'];
  const grouped = groupNominees(drafts);
  const isFull = drafts.length >= maximumRaters;
  const isBusy = save.isPending || send.isPending;
  const shortfall = nominationShortfall(drafts, cycle.anonymityThreshold);

  function change(next: NominationDraft[]) {
    setDrafts(next);
    save.reset();
    send.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    save.mutate();
  }

  return (
    <Section
      id="nominations-title"
      title="Choose your raters"
      description={`Ask people who see your work often. Pick them by group; up to ${maximumRaters} in all. Nobody is contacted until your manager approves the list.`}
    >
      <CandidatePicker
        cycleId={cycle.id}
        drafts={drafts}
        isFull={isFull}
        onAdd={(nomination) => change(addNomination(drafts, nomination))}
      />
      <Suggestions cycleId={cycle.id} drafts={drafts} isFull={isFull} onAdd={(n) => change(addNomination(drafts, n))} />
      <form onSubmit={submit} noValidate aria-label="Your raters">
        <Stack gap="lg">
          <Text fw={600} aria-live="polite">
            {drafts.length === 1 ? '1 rater chosen' : `${drafts.length} raters chosen`}
            {isFull ? ` (the most a list may hold)` : ''}
          </Text>
          {listError !== undefined && (
            <Text c="red" size="sm" role="alert">
              {listError}
            </Text>
          )}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {nominationGroups.map((group) => (
              <GroupList
                key={group}
                group={group}
                drafts={grouped[group]}
                advice={groupAdvice(group, grouped[group].length, cycle.anonymityThreshold)}
                errors={rowErrors}
                onMove={(personId, to) =>
                  change(drafts.map((draft) => (draft.personId === personId ? { ...draft, group: to } : draft)))
                }
                onRemove={(personId) => change(removeNomination(drafts, personId))}
              />
            ))}
          </SimpleGrid>
          {errors.general !== null && (
            <Alert
              color="red"
              variant="light"
              title={send.error === null ? 'The list was not saved' : 'The list was not sent'}
              role="alert"
            >
              {errors.general}
            </Alert>
          )}
          {save.isSuccess && !isChanged && (
            <Text size="sm" c="teal.8" role="status">
              Saved.
            </Text>
          )}
          <Group gap="sm">
            <Button type="submit" variant="default" disabled={!isChanged || send.isPending} loading={save.isPending}>
              Save the list
            </Button>
            <Button
              disabled={shortfall > 0 || save.isPending}
              loading={send.isPending}
              onClick={() => send.mutate()}
              aria-describedby={shortfall > 0 ? 'nominations-shortfall' : undefined}
            >
              Send to my manager
            </Button>
            {isChanged && !isBusy && (
              <Text size="sm" c="dimmed">
                Unsaved changes
              </Text>
            )}
          </Group>
          {shortfall > 0 && (
            <Text size="sm" id="nominations-shortfall">
              {`Add ${shortfall === 1 ? '1 more person' : `${shortfall} more people`} besides your manager before sending: with fewer than ${cycle.anonymityThreshold}, none of their feedback could be shown without naming someone.`}
            </Text>
          )}
          <Text size="sm" c="dimmed">
            Sending saves the list and passes it to your manager, who approves it or sends it back with a note. You
            cannot change it while it waits.
          </Text>
        </Stack>
      </form>
    </Section>
  );
}

/** Server messages about rows (`raters.3.personId`), by the person of that row. */
function errorsByPerson(fields: Record<string, string>, drafts: readonly NominationDraft[]): Map<string, string> {
  const byPerson = new Map<string, string>();
  for (const [path, message] of Object.entries(fields)) {
    const match = /^raters\.(\d+)/.exec(path);
    const draft = match === null ? undefined : drafts[Number(match[1])];
    if (draft !== undefined && !byPerson.has(draft.personId)) byPerson.set(draft.personId, message);
  }
  return byPerson;
}

function GroupList({
  group,
  drafts,
  advice,
  errors,
  onMove,
  onRemove,
}: {
  group: NominatedGroup;
  drafts: readonly NominationDraft[];
  advice: string;
  errors: Map<string, string>;
  onMove: (personId: string, group: NominatedGroup) => void;
  onRemove: (personId: string) => void;
}) {
  const id = `nominations-${group}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={id}>
      <Title order={3} size="h5" id={id}>
        {`${groupLabels[group]} (${drafts.length})`}
      </Title>
      <Text size="sm" c="dimmed">
        {advice}
      </Text>
      {drafts.length > 0 && (
        <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {drafts.map((draft) => (
            <li key={draft.personId}>
              <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                <Stack gap={0} miw={0}>
                  <Text size="sm" fw={600}>
                    {draft.name}
                  </Text>
                  {draft.title !== '' && (
                    <Text size="xs" c="dimmed">
                      {draft.title}
                    </Text>
                  )}
                  {errors.has(draft.personId) && (
                    <Text size="xs" c="red" role="alert">
                      {errors.get(draft.personId)}
                    </Text>
                  )}
                </Stack>
                <Group gap={4} wrap="nowrap">
                  <NativeSelect
                    size="xs"
                    aria-label={`Group of ${draft.name}`}
                    data={groupOptions}
                    value={draft.group}
                    onChange={(event) => onMove(draft.personId, event.currentTarget.value as NominatedGroup)}
                  />
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    aria-label={`Remove ${draft.name}`}
                    onClick={() => onRemove(draft.personId)}
                  >
                    Remove
                  </Button>
                </Group>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function toDraft(candidate: FeedbackCandidate, group: NominatedGroup): NominationDraft {
  return { personId: candidate.personId, name: candidate.name, title: candidate.title, group };
}

/** Search the people the participant may nominate, choose a group (the reporting lines suggest one), add. */
function CandidatePicker({
  cycleId,
  drafts,
  isFull,
  onAdd,
}: {
  cycleId: string;
  drafts: readonly NominationDraft[];
  isFull: boolean;
  onAdd: (nomination: NominationDraft) => void;
}) {
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 250);
  const [chosen, setChosen] = useState<FeedbackCandidate | null>(null);
  const [group, setGroup] = useState<NominatedGroup | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Picking a person puts their name in the box; that is not a new search.
  const isSearching = debouncedSearch.length > 0 && debouncedSearch !== chosen?.name;
  const found = useQuery({ ...candidatesQuery(cycleId, debouncedSearch), enabled: isSearching });

  const candidates = [
    ...(chosen === null ? [] : [chosen]),
    ...(found.data?.items ?? []).filter((candidate) => candidate.personId !== chosen?.personId),
  ];
  const byId = new Map(candidates.map((candidate) => [candidate.personId, candidate]));
  const listed = new Map(drafts.map((draft) => [draft.personId, draft.group]));

  let nothingFound: ReactNode = 'Type a name to search';
  if (found.isError) nothingFound = `Could not search: ${found.error.message}`;
  else if (isSearching && found.isFetching) nothingFound = 'Searching…';
  else if (isSearching) nothingFound = 'Nobody of that name you can ask';

  function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (chosen === null) {
      setProblem('Choose a person to add.');
      return;
    }
    onAdd(toDraft(chosen, group ?? chosen.suggestedGroup));
    setChosen(null);
    setGroup(null);
    setSearch('');
    setProblem(null);
  }

  return (
    <form onSubmit={add} noValidate aria-label="Add a rater">
      <Group align="flex-end" gap="sm">
        <Select
          label="Person"
          description="Search by name, title or department"
          searchable
          clearable
          w={{ base: '100%', sm: 320 }}
          value={chosen?.personId ?? null}
          searchValue={search}
          onSearchChange={setSearch}
          data={candidates.map((candidate) => ({ value: candidate.personId, label: candidate.name }))}
          // The server has already filtered; the box must not filter its answer again.
          filter={({ options }) => options}
          nothingFoundMessage={nothingFound}
          onChange={(id) => {
            const candidate = id === null ? null : (byId.get(id) ?? null);
            setChosen(candidate);
            setGroup(candidate?.suggestedGroup ?? null);
            setProblem(null);
          }}
          rightSection={found.isFetching ? <Loader size="xs" aria-hidden /> : undefined}
          renderOption={({ option }) => {
            const candidate = byId.get(option.value);
            const already = listed.get(option.value);
            return (
              <Stack gap={0}>
                <Text size="sm">{option.label}</Text>
                {candidate !== undefined && (
                  <Text size="xs" c="dimmed">
                    {[candidate.title, candidate.department].filter(Boolean).join(' · ')}
                    {already === undefined ? '' : ` · already in ${groupLabels[already]}`}
                  </Text>
                )}
              </Stack>
            );
          }}
          error={problem}
        />
        <Select
          label="Group"
          description={
            chosen === null ? 'From the reporting lines' : `Suggested: ${groupLabels[chosen.suggestedGroup]}`
          }
          w={{ base: '100%', sm: 200 }}
          allowDeselect={false}
          data={groupOptions}
          value={group}
          placeholder="Choose a person first"
          disabled={chosen === null}
          onChange={(value) => setGroup(value as NominatedGroup | null)}
        />
        <Button type="submit" disabled={isFull}>
          {chosen !== null && listed.has(chosen.personId) ? 'Move' : 'Add'}
        </Button>
      </Group>
    </form>
  );
}

/** People the reporting lines suggest (manager, peers, direct reports) who are not on the list yet. */
function Suggestions({
  cycleId,
  drafts,
  isFull,
  onAdd,
}: {
  cycleId: string;
  drafts: readonly NominationDraft[];
  isFull: boolean;
  onAdd: (nomination: NominationDraft) => void;
}) {
  const suggested = useQuery(candidatesQuery(cycleId, ''));
  const listed = new Set(drafts.map((draft) => draft.personId));
  const items = (suggested.data?.items ?? [])
    .filter((candidate) => candidate.suggestedGroup !== 'others' && !listed.has(candidate.personId))
    .slice(0, suggestionsShown);
  // Suggestions are a shortcut; without them the search still works, so a failure stays quiet.
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="nominations-suggested">
      <Title order={3} size="h5" id="nominations-suggested">
        Suggested from your reporting lines
      </Title>
      <Stack component="ul" gap={6} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {items.map((candidate) => (
          <li key={candidate.personId}>
            <Group gap="sm" wrap="nowrap">
              <Button
                size="xs"
                variant="light"
                disabled={isFull}
                aria-label={`Add ${candidate.name} to ${groupLabels[candidate.suggestedGroup]}`}
                onClick={() => onAdd(toDraft(candidate, candidate.suggestedGroup))}
              >
                Add
              </Button>
              <Text size="sm" fw={600}>
                {candidate.name}
              </Text>
              <Text size="xs" c="dimmed" truncate>
                {candidate.title}
              </Text>
              <Badge variant="outline" color="gray" size="sm" style={{ flexShrink: 0 }}>
                {groupLabels[candidate.suggestedGroup]}
              </Badge>
            </Group>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

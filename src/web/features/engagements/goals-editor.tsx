import {
  Alert,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type {
  CoachingEngagement,
  CoachingGoal,
  CoachingGoalInput,
  maximumCoachingGoals,
} from '../../../contract/index.js';
import { useCompetencies } from '../people/competencies';
import { emptyGoalDraft, formatCalendarDate, toGoalDraft, toGoalInputs, type GoalDraft } from './engagement-view';
import { saveGoals } from './engagements-api';
import { fieldErrors } from './form-errors';

// A literal, not the contract's value: importing a value from the contract would pull zod into the bundle.
const maximumGoals = 8 satisfies typeof maximumCoachingGoals;

/**
 * The coach's and the leader's goal editor: the whole list is saved at once, which clears every
 * confirmation of the three-way agreement.
 */
export function GoalsEditor({
  engagement,
  onSaved,
}: {
  engagement: CoachingEngagement;
  onSaved: (updated: CoachingEngagement) => void;
}) {
  const goals = engagement.goals ?? [];
  const [drafts, setDrafts] = useState<GoalDraft[]>(() =>
    goals.length > 0 ? goals.map(toGoalDraft) : [emptyGoalDraft()],
  );
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const competencies = useCompetencies(drafts.map((draft) => draft.competency).filter((key) => key !== ''));
  const save = useMutation({
    mutationFn: (inputs: CoachingGoalInput[]) => saveGoals(engagement.id, inputs),
    onSuccess: onSaved,
  });
  const serverErrors = fieldErrors(save.error, (path) => path.startsWith('goals.'));
  const errors: Record<string, string> = { ...serverErrors.fields, ...localErrors };
  const hasConfirmations = engagement.agreement.parties.some((party) => party.confirmedAt !== null);

  function update(index: number, field: keyof GoalDraft, value: string) {
    setLocalErrors({});
    setDrafts((current) => current.map((draft, at) => (at === index ? { ...draft, [field]: value } : draft)));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = toGoalInputs(drafts);
    if (checked.errors !== null) {
      setLocalErrors(checked.errors);
      return;
    }
    setLocalErrors({});
    save.mutate(checked.goals);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Coaching goals">
      <Stack gap="md">
        {drafts.map((draft, index) => {
          const error = (field: keyof GoalDraft) => errors[`goals.${index}.${field}`];
          return (
            // Rows have no identity beyond their place; a removed row shifts the rest up.
            <Fieldset key={index} legend={`Goal ${index + 1}`} radius="md">
              <Stack gap="sm">
                <Textarea
                  label="Goal statement"
                  description="What changes, in the leader's behaviour or results."
                  autosize
                  minRows={2}
                  maxRows={6}
                  maxLength={500}
                  value={draft.statement}
                  onChange={(event) => update(index, 'statement', event.currentTarget.value)}
                  error={error('statement')}
                />
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                  <Select
                    label="Competency"
                    placeholder={competencies.isLoading ? 'Loading competencies' : 'Choose a competency'}
                    data={competencies.options}
                    searchable
                    allowDeselect={false}
                    value={draft.competency === '' ? null : draft.competency}
                    onChange={(value) => update(index, 'competency', value ?? '')}
                    error={error('competency')}
                  />
                  <TextInput
                    label="Metric"
                    description="What is measured, and in which unit."
                    maxLength={200}
                    value={draft.metric}
                    onChange={(event) => update(index, 'metric', event.currentTarget.value)}
                    error={error('metric')}
                  />
                </SimpleGrid>
                <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                  <TextInput
                    label="Baseline"
                    inputMode="decimal"
                    value={draft.baseline}
                    onChange={(event) => update(index, 'baseline', event.currentTarget.value)}
                    error={error('baseline')}
                  />
                  <TextInput
                    label="Target"
                    inputMode="decimal"
                    value={draft.target}
                    onChange={(event) => update(index, 'target', event.currentTarget.value)}
                    error={error('target')}
                  />
                  <TextInput
                    type="date"
                    label="Due date"
                    min={engagement.startDate ?? undefined}
                    max={engagement.endDate ?? undefined}
                    value={draft.dueDate}
                    onChange={(event) => update(index, 'dueDate', event.currentTarget.value)}
                    error={error('dueDate')}
                  />
                </SimpleGrid>
                <Group>
                  <Button
                    variant="subtle"
                    color="red"
                    size="xs"
                    disabled={drafts.length === 1}
                    onClick={() => {
                      setLocalErrors({});
                      setDrafts((current) => current.filter((_, at) => at !== index));
                    }}
                  >
                    {`Remove goal ${index + 1}`}
                  </Button>
                </Group>
              </Stack>
            </Fieldset>
          );
        })}
        {errors['goals'] !== undefined && (
          <Text size="sm" c="red" role="alert">
            {errors['goals']}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            disabled={drafts.length >= maximumGoals}
            onClick={() => setDrafts((current) => [...current, emptyGoalDraft()])}
          >
            Add a goal
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {hasConfirmations
            ? 'Saving replaces the goals and clears every confirmation: everyone confirms the new goals again.'
            : 'Saving replaces the goals and clears any confirmation, so everyone confirms the goals as they are.'}
        </Text>
        {(serverErrors.general !== null || Object.keys(localErrors).length > 0) && (
          <Alert color="red" variant="light" title="The goals were not saved" role="alert">
            {serverErrors.general ?? 'Fix the fields marked above.'}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save goals
          </Button>
          {save.isSuccess && (
            <Text size="sm" c="green" role="status">
              Saved.
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}

/** The goals as the manager and the sponsor (and everyone once it is over) read them. */
export function GoalsTable({ goals }: { goals: readonly CoachingGoal[] }) {
  const competencies = useCompetencies(goals.map((goal) => goal.competency));
  if (goals.length === 0) return <Text c="dimmed">No goals are set yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped aria-label="Goals">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Goal</Table.Th>
            <Table.Th scope="col">Competency</Table.Th>
            <Table.Th scope="col">Metric</Table.Th>
            <Table.Th scope="col">Baseline</Table.Th>
            <Table.Th scope="col">Target</Table.Th>
            <Table.Th scope="col">Due</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {goals.map((goal) => (
            <Table.Tr key={goal.id}>
              <Table.Td>{goal.statement}</Table.Td>
              <Table.Td>{competencies.labelOf(goal.competency)}</Table.Td>
              <Table.Td>{goal.metric}</Table.Td>
              <Table.Td>{goal.baseline}</Table.Td>
              <Table.Td>{goal.target}</Table.Td>
              <Table.Td>{formatCalendarDate(goal.dueDate)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

import { Alert, Badge, Button, Checkbox, Group, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import type { maximumWeeklyGoals, WeeklyGoal, WeeklyGoalWeek } from '../../../contract/index.js';
import { isApiError } from '../../api/client';
import { fieldErrors } from '../engagements/form-errors';
import { errorMessage } from '../people/server-errors';
import {
  addWeeklyGoal,
  myWeekQuery,
  personWeekQuery,
  removeWeeklyGoal,
  updateWeeklyGoal,
  weeklyGoalsKey,
} from './weekly-goals-api';
import { canPlanWeek, streakLabel, weekDatesLabel, weekName } from './weekly-goals-view';

// A literal, not the contract's value: importing a value from the contract would pull zod into the bundle.
const maximumGoals = 5 satisfies typeof maximumWeeklyGoals;

/** The signed-in participant's weekly goals: tick them off, add and remove them, see the streak. */
export function MyWeeklyGoalsPanel() {
  const [week, setWeek] = useState<string | null>(null);
  const query = useQuery({ ...myWeekQuery(week), placeholderData: keepPreviousData });
  return (
    <WeekPanel label="Weekly goals" query={query} onWeekChange={setWeek}>
      {(data) => <MyGoals data={data} />}
    </WeekPanel>
  );
}

/** A mentee's or leader's weekly goals as their mentor or coach sees them: read only. */
export function PersonWeeklyGoalsPanel({ personId, personName }: { personId: string; personName: string }) {
  const [week, setWeek] = useState<string | null>(null);
  const query = useQuery({ ...personWeekQuery(personId, week), placeholderData: keepPreviousData, retry: false });
  if (query.isError && (isApiError(query.error, 404) || isApiError(query.error, 403))) return null;
  return (
    <WeekPanel label={`Weekly goals of ${personName}`} query={query} onWeekChange={setWeek}>
      {(data) =>
        data.goals.length === 0 ? (
          <Text c="dimmed">{`${personName} set no goals for ${weekDatesLabel(data.week)}.`}</Text>
        ) : (
          <Stack gap="sm">
            {data.goals.map((goal) => (
              <Group key={goal.id} justify="space-between" align="flex-start" wrap="nowrap">
                <GoalText goal={goal} />
                <Badge variant="light" color={goal.doneAt === null ? 'gray' : 'green'} style={{ flexShrink: 0 }}>
                  {goal.doneAt === null ? 'Not done yet' : 'Done'}
                </Badge>
              </Group>
            ))}
          </Stack>
        )
      }
    </WeekPanel>
  );
}

type WeekQuery = {
  data: WeeklyGoalWeek | undefined;
  isPending: boolean;
  isError: boolean;
  isPlaceholderData: boolean;
  error: unknown;
};

function WeekPanel({
  label,
  query,
  onWeekChange,
  children,
}: {
  label: string;
  query: WeekQuery;
  onWeekChange: (week: string) => void;
  children: (data: WeeklyGoalWeek) => ReactNode;
}) {
  const { data } = query;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={label}>
      <Stack gap="md">
        {data === undefined ? (
          query.isError ? (
            <Alert color="red" variant="light" title="Could not load the weekly goals" role="alert">
              {errorMessage(query.error)}
            </Alert>
          ) : (
            <Group gap="sm">
              <Loader size="sm" aria-hidden />
              <Text c="dimmed">Loading the weekly goals</Text>
            </Group>
          )
        ) : (
          <>
            <Group justify="space-between" align="flex-start">
              <Stack gap={0}>
                <Text size="sm" c="dimmed">
                  {label}
                </Text>
                <Title order={2} size="h3">
                  {weekName(data.week, data.currentWeek, {
                    previous: previousOfCurrent(data),
                    next: nextOfCurrent(data),
                  })}
                </Title>
                <Text size="sm" c="dimmed">
                  {weekDatesLabel(data.week)}
                </Text>
              </Stack>
              <Badge variant="light" color={data.streak > 0 ? 'teal' : 'gray'} size="lg" tt="none">
                {streakLabel(data.streak)}
              </Badge>
            </Group>
            <Group gap="xs" role="group" aria-label="Choose the week">
              <Button variant="default" size="xs" onClick={() => onWeekChange(data.previousWeek)}>
                Previous week
              </Button>
              {data.week !== data.currentWeek && (
                <Button variant="default" size="xs" onClick={() => onWeekChange(data.currentWeek)}>
                  This week
                </Button>
              )}
              <Button
                variant="default"
                size="xs"
                disabled={data.week > data.currentWeek}
                onClick={() => onWeekChange(data.nextWeek)}
              >
                Next week
              </Button>
              {query.isPlaceholderData && <Loader size="xs" aria-label="Loading the week" />}
            </Group>
            {children(data)}
          </>
        )}
      </Stack>
    </Paper>
  );
}

// The neighbours of the current week, for naming weeks; known exactly only while it is shown.
function previousOfCurrent(data: WeeklyGoalWeek): string {
  return data.week === data.currentWeek ? data.previousWeek : data.nextWeek === data.currentWeek ? data.week : '';
}
function nextOfCurrent(data: WeeklyGoalWeek): string {
  return data.week === data.currentWeek ? data.nextWeek : data.previousWeek === data.currentWeek ? data.week : '';
}

function GoalText({ goal }: { goal: WeeklyGoal }) {
  return (
    <Stack gap={0}>
      <Text fw={600}>{goal.description}</Text>
      <Text size="sm" c="dimmed">{`Development goal: ${goal.developmentGoal}`}</Text>
      <Text size="sm" c="dimmed">{`Business result: ${goal.businessResult}`}</Text>
    </Stack>
  );
}

function MyGoals({ data }: { data: WeeklyGoalWeek }) {
  const queryClient = useQueryClient();
  const refresh = () => queryClient.invalidateQueries({ queryKey: weeklyGoalsKey });
  const toggle = useMutation({
    mutationFn: ({ goal, done }: { goal: WeeklyGoal; done: boolean }) => updateWeeklyGoal(goal.id, { done }),
    // Keep the tick where the user put it until the week (and its streak) is read again.
    onSuccess: (updated) =>
      queryClient.setQueriesData<WeeklyGoalWeek>({ queryKey: [...weeklyGoalsKey, 'mine'] }, (week) =>
        week === undefined
          ? week
          : { ...week, goals: week.goals.map((goal) => (goal.id === updated.id ? updated : goal)) },
      ),
    onSettled: () => void refresh(),
  });
  const remove = useMutation({
    mutationFn: (goal: WeeklyGoal) => removeWeeklyGoal(goal.id),
    onSettled: () => void refresh(),
  });
  const canPlan = canPlanWeek(data.week, data.currentWeek);
  const failure = toggle.error ?? remove.error;

  return (
    <Stack gap="md">
      {data.goals.length === 0 ? (
        <Text c="dimmed">
          {canPlan
            ? 'No goals for this week yet. Add a few, each tied to a development goal and a business result.'
            : 'No goals were set for this week.'}
        </Text>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
          aria-label="Goals of the week"
        >
          {data.goals.map((goal) => (
            <li key={goal.id}>
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Group gap="sm" align="flex-start" wrap="nowrap">
                  <Checkbox
                    mt={4}
                    aria-label={`Done: ${goal.description}`}
                    checked={
                      toggle.isPending && toggle.variables.goal.id === goal.id
                        ? toggle.variables.done
                        : goal.doneAt !== null
                    }
                    disabled={toggle.isPending && toggle.variables.goal.id === goal.id}
                    onChange={(event) => toggle.mutate({ goal, done: event.currentTarget.checked })}
                  />
                  <GoalText goal={goal} />
                </Group>
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  aria-label={`Remove the goal ${goal.description}`}
                  loading={remove.isPending && remove.variables.id === goal.id}
                  onClick={() => remove.mutate(goal)}
                >
                  Remove
                </Button>
              </Group>
            </li>
          ))}
        </Stack>
      )}
      {failure !== null && (
        <Alert color="red" variant="light" title="Could not change the goal" role="alert">
          {errorMessage(failure)}
        </Alert>
      )}
      {canPlan &&
        (data.goals.length >= maximumGoals ? (
          <Text size="sm" c="dimmed">{`A week takes at most ${maximumGoals} goals; remove one to add another.`}</Text>
        ) : (
          <AddGoalForm week={data.week} onAdded={refresh} />
        ))}
    </Stack>
  );
}

const goalFields = ['description', 'developmentGoal', 'businessResult'] as const;
type GoalField = (typeof goalFields)[number];
const emptyGoal: Record<GoalField, string> = { description: '', developmentGoal: '', businessResult: '' };

function AddGoalForm({ week, onAdded }: { week: string; onAdded: () => Promise<unknown> }) {
  const [values, setValues] = useState(emptyGoal);
  const add = useMutation({
    mutationFn: () => addWeeklyGoal({ ...values, week }),
    onSuccess: () => {
      setValues(emptyGoal);
      void onAdded();
    },
  });
  const errors = fieldErrors(add.error, (path) => (goalFields as readonly string[]).includes(path));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    add.mutate();
  }

  const input = (field: GoalField, label: string, description: string) => (
    <TextInput
      label={label}
      description={description}
      maxLength={300}
      value={values[field]}
      onChange={(event) => {
        const value = event.currentTarget.value;
        setValues((current) => ({ ...current, [field]: value }));
      }}
      error={errors.fields[field]}
    />
  );

  return (
    <form onSubmit={submit} noValidate aria-label="Add a weekly goal">
      <Stack gap="sm">
        <Title order={3} size="h5">
          Add a goal
        </Title>
        {input('description', 'Goal', 'One thing you will get done this week.')}
        {input('developmentGoal', 'Development goal', 'The development goal it moves forward.')}
        {input('businessResult', 'Business result', 'The business result it serves.')}
        {errors.general !== null && (
          <Alert color="red" variant="light" title="The goal was not added" role="alert">
            {errors.general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={add.isPending}>
            Add goal
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

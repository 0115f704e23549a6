import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { useState } from 'react';
import type { MatchingSettings, Program } from '../../../contract/index.js';
import { splitServerError } from '../people/server-errors';
import { matchingSettingsQuery, saveMatchingSettings } from './matching-api';
import { hasSomeWeight } from './matching-board';
import {
  coachingFactorLabels,
  functionPreferenceLabels,
  mentoringFactorLabels,
  modeLabels,
  objectiveLabels,
  type CoachingFactor,
  type FunctionPreference,
  type MentoringFactor,
} from './matching-labels';

const serverFields = [
  'mode',
  'objective',
  'mentoringWeights',
  'coachingWeights',
  'functionPreference',
  'maxTimeZoneDifferenceHours',
] as const;

type Props = { program: Program; settings: MatchingSettings };

/** The program's matching rules: who may be paired, and what makes a pair good. Saved whole with PUT. */
export function MatchingSettingsForm({ program, settings }: Props) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<MatchingSettings>(settings);
  const [weightErrors, setWeightErrors] = useState<{ mentoring?: string; coaching?: string }>({});
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const hasMentoring = program.type !== 'coaching';
  const hasCoaching = program.type !== 'mentoring';
  const isDirty = JSON.stringify(draft) !== JSON.stringify(settings);

  const save = useMutation({
    mutationFn: () => saveMatchingSettings(program.id, draft),
    onSuccess: (saved) => {
      queryClient.setQueryData(matchingSettingsQuery(program.id).queryKey, saved);
      setDraft(saved);
      setSavedAt(new Date());
    },
  });
  const serverError = splitServerError(save.error, serverFields);

  function change(patch: Partial<MatchingSettings>) {
    setDraft((current) => ({ ...current, ...patch }));
    setSavedAt(null);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = {
      ...(hasMentoring && !hasSomeWeight(draft.mentoringWeights)
        ? { mentoring: 'Give at least one factor a weight above 0.' }
        : {}),
      ...(hasCoaching && !hasSomeWeight(draft.coachingWeights)
        ? { coaching: 'Give at least one factor a weight above 0.' }
        : {}),
    };
    setWeightErrors(errors);
    if (errors.mentoring === undefined && errors.coaching === undefined) save.mutate();
  }

  const choices = draft.menteeChoices.length + draft.mentorChoices.length;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="matching-settings">
      <form onSubmit={submit} noValidate aria-label="Matching settings">
        <Stack gap="lg">
          <Title order={2} size="h3" id="matching-settings">
            Settings
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
            {hasMentoring && (
              <Radio.Group
                label="How mentees are matched"
                value={draft.mode}
                onChange={(value) => change({ mode: value as MatchingSettings['mode'] })}
                error={serverError.fields.mode}
              >
                <Stack gap="xs" mt="xs">
                  {(Object.keys(modeLabels) as MatchingSettings['mode'][]).map((mode) => (
                    <Radio
                      key={mode}
                      value={mode}
                      label={modeLabels[mode].label}
                      description={modeLabels[mode].description}
                    />
                  ))}
                </Stack>
              </Radio.Group>
            )}
            <Radio.Group
              label="Objective"
              value={draft.objective}
              onChange={(value) => change({ objective: value as MatchingSettings['objective'] })}
              error={serverError.fields.objective}
            >
              <Stack gap="xs" mt="xs">
                {(Object.keys(objectiveLabels) as MatchingSettings['objective'][]).map((objective) => (
                  <Radio
                    key={objective}
                    value={objective}
                    label={objectiveLabels[objective].label}
                    description={objectiveLabels[objective].description}
                  />
                ))}
              </Stack>
            </Radio.Group>
          </SimpleGrid>

          {hasMentoring && (
            <WeightInputs
              title="What makes a good mentoring pair"
              labels={mentoringFactorLabels}
              weights={draft.mentoringWeights}
              onChange={(mentoringWeights) => change({ mentoringWeights })}
              error={weightErrors.mentoring ?? serverError.fields.mentoringWeights}
            />
          )}
          {hasCoaching && (
            <WeightInputs
              title="What makes a good coaching pair"
              labels={coachingFactorLabels}
              weights={draft.coachingWeights}
              onChange={(coachingWeights) => change({ coachingWeights })}
              error={weightErrors.coaching ?? serverError.fields.coachingWeights}
            />
          )}

          <Stack gap="sm">
            <Title order={3} size="h5">
              Who may be paired
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {hasMentoring && (
                <Select
                  label="Function"
                  description="Pair mentees with mentors of their own function, of another, or either"
                  allowDeselect={false}
                  data={(Object.keys(functionPreferenceLabels) as FunctionPreference[]).map((value) => ({
                    value,
                    label: functionPreferenceLabels[value],
                  }))}
                  value={draft.functionPreference}
                  onChange={(value) => value && change({ functionPreference: value as FunctionPreference })}
                  error={serverError.fields.functionPreference}
                />
              )}
              <NumberInput
                label="Largest time-zone difference (hours)"
                description="Leave empty for no limit"
                min={0}
                max={26}
                allowDecimal={false}
                allowNegative={false}
                placeholder="No limit"
                value={draft.maxTimeZoneDifferenceHours ?? ''}
                onChange={(value) =>
                  change({ maxTimeZoneDifferenceHours: value === '' ? null : Math.round(Number(value)) })
                }
                error={serverError.fields.maxTimeZoneDifferenceHours}
              />
            </SimpleGrid>
            <Switch
              label="Never pair someone with their manager"
              checked={draft.excludeManager}
              onChange={(event) => change({ excludeManager: event.currentTarget.checked })}
            />
            <Switch
              label="Never pair someone with their manager’s manager"
              checked={draft.excludeManagersManager}
              onChange={(event) => change({ excludeManagersManager: event.currentTarget.checked })}
            />
            <Switch
              label="Never pair peers who share a manager"
              checked={draft.excludeSameManagerPeers}
              onChange={(event) => change({ excludeSameManagerPeers: event.currentTarget.checked })}
            />
            <Switch
              label="Leave out pairs that were matched before"
              checked={draft.excludePreviousPairs}
              onChange={(event) => change({ excludePreviousPairs: event.currentTarget.checked })}
            />
            <Text size="sm" c="dimmed">
              {`Pairs that must be made: ${draft.mustPairs.length}. Pairs that must never be made: ${draft.neverPairs.length}. Ranked choices: ${choices}.`}
            </Text>
          </Stack>

          {serverError.general !== null && (
            <Alert color="red" variant="light" title="The settings were not saved" role="alert">
              {serverError.general}
            </Alert>
          )}
          <Group gap="sm">
            <Button type="submit" loading={save.isPending} disabled={!isDirty && save.error === null}>
              Save settings
            </Button>
            {isDirty && (
              <Text size="sm" c="dimmed">
                Unsaved changes: matching runs with the saved settings.
              </Text>
            )}
            {savedAt !== null && !isDirty && (
              <Text size="sm" c="green.8" role="status">
                Settings saved.
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

type WeightInputsProps<Factor extends string> = {
  title: string;
  labels: Record<Factor, { label: string; description: string }>;
  weights: Record<Factor, number>;
  onChange: (weights: Record<Factor, number>) => void;
  error: string | undefined;
};

function WeightInputs<Factor extends MentoringFactor | CoachingFactor>({
  title,
  labels,
  weights,
  onChange,
  error,
}: WeightInputsProps<Factor>) {
  const factors = Object.keys(labels) as Factor[];
  return (
    <Stack gap="xs" role="group" aria-label={title}>
      <Title order={3} size="h5">
        {title}
      </Title>
      <Text size="sm" c="dimmed">
        Weights from 0 to 100; a factor’s share of the score is its weight over the sum. 0 switches a factor off.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        {factors.map((factor) => (
          <NumberInput
            key={factor}
            label={labels[factor].label}
            description={labels[factor].description}
            min={0}
            max={100}
            clampBehavior="strict"
            allowNegative={false}
            value={weights[factor]}
            onChange={(value) => onChange({ ...weights, [factor]: value === '' ? 0 : Number(value) })}
          />
        ))}
      </SimpleGrid>
      {error !== undefined && (
        <Text size="sm" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

import {
  Alert,
  Button,
  Chip,
  Fieldset,
  Group,
  Input,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Stack,
  Switch,
} from '@mantine/core';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { DevelopmentNeedInput, NeedKind, Urgency } from '../../../contract/approach.js';
import { useCompetencies } from './competencies';
import { LabelledSegments } from './labelled-segments';
import { needKindLabels, urgencyLabels } from './labels';
import { useRecommendApproach } from './people-api';
import { splitServerError } from './server-errors';

const needFields = ['kinds', 'urgency', 'timeHorizonMonths', 'mustMeasureOutcomes', 'competencies'] as const;
const needKindOptions = Object.entries(needKindLabels) as [NeedKind, string][];
const urgencyOptions = Object.entries(urgencyLabels).map(([value, label]) => ({ value, label }));

function isUrgency(value: string): value is Urgency {
  return Object.hasOwn(urgencyLabels, value);
}

export type DevelopmentNeedFormProps = {
  personId: string;
  /** What the form starts with: the last need asked about, or the person's own development competencies. */
  initial: Partial<DevelopmentNeedInput>;
};

/** Describes a leader's development need and asks the rules which approach fits it. */
export function DevelopmentNeedForm({ personId, initial }: DevelopmentNeedFormProps) {
  const recommend = useRecommendApproach(personId);
  const [kinds, setKinds] = useState<NeedKind[]>(initial.kinds ?? []);
  const [urgency, setUrgency] = useState<Urgency>(initial.urgency ?? 'normal');
  const [months, setMonths] = useState<number | string>(initial.timeHorizonMonths ?? 6);
  const [mustMeasure, setMustMeasure] = useState(initial.mustMeasureOutcomes ?? false);
  const [competencyKeys, setCompetencyKeys] = useState<string[]>(initial.competencies ?? []);
  const [checks, setChecks] = useState<{ kinds?: string; timeHorizonMonths?: string }>({});
  const competencies = useCompetencies(competencyKeys);
  const kindsErrorId = useId();
  const server = splitServerError(recommend.error, needFields);
  const errors = { ...server.fields, ...checks };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof checks = {};
    if (kinds.length === 0) found.kinds = 'Choose at least one kind of need.';
    if (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > 120) {
      found.timeHorizonMonths = 'Enter a whole number of months from 1 to 120.';
    }
    setChecks(found);
    if (Object.keys(found).length > 0 || typeof months !== 'number') return;
    recommend.mutate({
      kinds,
      urgency,
      timeHorizonMonths: months,
      mustMeasureOutcomes: mustMeasure,
      competencies: competencyKeys,
    });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label="Describe the development need">
      <Stack gap="md">
        {server.general !== null && (
          <Alert color="red" variant="light" title="Could not recommend an approach">
            {server.general}
          </Alert>
        )}
        <Fieldset
          legend="What kind of need is it?"
          variant="unstyled"
          aria-describedby={errors.kinds === undefined ? undefined : kindsErrorId}
        >
          <Stack gap="xs">
            <Chip.Group
              multiple
              value={kinds}
              onChange={(value) => {
                setKinds(value as NeedKind[]);
                setChecks((current) => ({ ...current, kinds: undefined }));
              }}
            >
              <Group gap="xs">
                {needKindOptions.map(([kind, label]) => (
                  <Chip key={kind} value={kind} variant="outline">
                    {label}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {errors.kinds !== undefined && <Input.Error id={kindsErrorId}>{errors.kinds}</Input.Error>}
          </Stack>
        </Fieldset>
        <Group gap="xl" align="flex-start" wrap="wrap">
          <LabelledSegments label="Urgency">
            {(labelId) => (
              <SegmentedControl
                aria-labelledby={labelId}
                data={urgencyOptions}
                value={urgency}
                onChange={(value) => isUrgency(value) && setUrgency(value)}
              />
            )}
          </LabelledSegments>
          <NumberInput
            label="Time horizon (months)"
            min={1}
            max={120}
            allowDecimal={false}
            allowNegative={false}
            value={months}
            onChange={(value) => {
              setMonths(value);
              setChecks((current) => ({ ...current, timeHorizonMonths: undefined }));
            }}
            error={errors.timeHorizonMonths}
            w={200}
          />
        </Group>
        <Switch
          label="Outcomes must be measured"
          checked={mustMeasure}
          onChange={(event) => setMustMeasure(event.currentTarget.checked)}
          error={errors.mustMeasureOutcomes}
        />
        <MultiSelect
          label="Competencies"
          description="The competencies the leader should build"
          placeholder={competencyKeys.length === 0 ? 'Choose competencies' : undefined}
          data={competencies.options}
          value={competencyKeys}
          onChange={setCompetencyKeys}
          searchable
          clearable
          nothingFoundMessage="No competency by that name"
          error={errors.competencies}
        />
        <Group>
          <Button type="submit" loading={recommend.isPending}>
            Recommend an approach
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

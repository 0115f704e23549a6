import {
  Button,
  CloseButton,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import type { ProgramOutcomeKind } from '../../../contract/index.js';
import { emptyOutcome, type FieldErrors, type OutcomeDraft } from './program-form';
import { optionsOf, outcomeKindLabels } from './program-labels';

// As many as the contract takes (`maximumProgramOutcomes`); a literal keeps zod out of the bundle.
export const maximumOutcomes = 20;

export type OutcomesEditorProps = {
  outcomes: OutcomeDraft[];
  onChange: (outcomes: OutcomeDraft[]) => void;
  errors: FieldErrors;
};

/** Edits the list of outcomes that define a program's success: kind, name, unit, baseline, target. */
export function OutcomesEditor({ outcomes, onChange, errors }: OutcomesEditorProps) {
  function update(index: number, change: Partial<OutcomeDraft>) {
    onChange(outcomes.map((outcome, at) => (at === index ? { ...outcome, ...change } : outcome)));
  }

  return (
    <Stack gap="md">
      {outcomes.map((outcome, index) => {
        const number = index + 1;
        const error = (field: string) => errors[`outcomes.${index}.${field}`];
        return (
          <Fieldset
            key={outcome.key}
            legend={
              <Group gap="xs">
                <Text fw={600}>{`Outcome ${number}`}</Text>
                <CloseButton
                  size="sm"
                  aria-label={`Remove outcome ${number}`}
                  onClick={() => onChange(outcomes.filter((_, at) => at !== index))}
                />
              </Group>
            }
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              <Select
                label="Kind"
                data={optionsOf(outcomeKindLabels)}
                value={outcome.kind}
                allowDeselect={false}
                onChange={(kind) => kind && update(index, { kind: kind as ProgramOutcomeKind })}
                error={error('kind')}
              />
              <TextInput
                label="Name"
                placeholder="Key roles with a ready-now successor"
                required
                value={outcome.name}
                onChange={(event) => update(index, { name: event.currentTarget.value })}
                error={error('name')}
              />
              <TextInput
                label="Measured as (unit)"
                placeholder="% of key roles"
                required
                value={outcome.unit}
                onChange={(event) => update(index, { unit: event.currentTarget.value })}
                error={error('unit')}
              />
              <Group grow align="flex-start">
                <NumberInput
                  label="Baseline"
                  required
                  value={outcome.baseline}
                  onChange={(baseline) => update(index, { baseline })}
                  error={error('baseline')}
                />
                <NumberInput
                  label="Target"
                  required
                  value={outcome.target}
                  onChange={(target) => update(index, { target })}
                  error={error('target')}
                />
              </Group>
            </SimpleGrid>
          </Fieldset>
        );
      })}
      {errors.outcomes && (
        <Text c="red" size="sm" role="alert">
          {errors.outcomes}
        </Text>
      )}
      <Group>
        <Button
          variant="light"
          onClick={() => onChange([...outcomes, emptyOutcome()])}
          disabled={outcomes.length >= maximumOutcomes}
        >
          Add outcome
        </Button>
      </Group>
    </Stack>
  );
}

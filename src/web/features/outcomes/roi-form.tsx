import { Alert, Button, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { ProgramOutcomes, RoiAssumptions } from '../../../contract/outcomes.js';
import { splitServerError } from '../people/server-errors';
import {
  roiDraftOf,
  roiFieldMessage,
  roiFields,
  toRoiAssumptions,
  type RoiDraft,
  type RoiField,
} from './outcome-forms-view';
import { outcomesKey, programOutcomesQuery, saveRoiAssumptions } from './outcomes-api';

/**
 * The assumptions the ROI rests on (admins). Attribution and confidence read as percentages
 * here; the API takes them as shares from 0 to 1.
 */
export function RoiForm({ programId, assumptions }: { programId: string; assumptions: RoiAssumptions | null }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<RoiDraft>(() => roiDraftOf(assumptions));
  const [checks, setChecks] = useState<Partial<Record<RoiField, string>>>({});
  const save = useMutation({
    mutationFn: (body: RoiAssumptions) => saveRoiAssumptions(programId, body),
    onSuccess: (roi) => {
      queryClient.setQueryData(programOutcomesQuery(programId).queryKey, (current: ProgramOutcomes | undefined) =>
        current === undefined ? current : { ...current, roi },
      );
      setDraft(roiDraftOf(roi.assumptions));
      // The results level of the four levels may quote the ROI: read the whole report again.
      void queryClient.invalidateQueries({ queryKey: outcomesKey });
    },
  });
  const server = splitServerError(save.error, roiFields);
  const serverFields = Object.fromEntries(
    Object.entries(server.fields).map(([field, message]) => [field, roiFieldMessage(field as RoiField, message)]),
  ) as Partial<Record<RoiField, string>>;
  const errors = { ...serverFields, ...checks };

  function change<Key extends keyof RoiDraft>(key: Key, field: RoiField, value: RoiDraft[Key]) {
    setDraft((current) => ({ ...current, [key]: value }));
    setChecks((current) => ({ ...current, [field]: undefined }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const checked = toRoiAssumptions(draft);
    setChecks(checked.errors ?? {});
    if (checked.body === null) return;
    save.reset();
    save.mutate(checked.body);
  }

  return (
    <form onSubmit={submit} noValidate aria-label="ROI assumptions">
      <Stack gap="sm">
        <Title order={3} size="h5">
          ROI assumptions
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label="Monetary benefits per year"
            description="What the leaders’ teams report, in the currency below"
            required
            min={0}
            thousandSeparator=","
            value={draft.monetaryBenefits}
            onChange={(value) => change('monetaryBenefits', 'monetaryBenefits', value)}
            error={errors.monetaryBenefits}
          />
          <NumberInput
            label="Attribution (%)"
            description="Share of the benefits due to the program, the rest to other causes"
            required
            min={0}
            max={100}
            value={draft.attributionPercent}
            onChange={(value) => change('attributionPercent', 'attribution', value)}
            error={errors.attribution}
          />
          <NumberInput
            label="Confidence (%)"
            description="How sure the estimators are of their own figure"
            required
            min={0}
            max={100}
            value={draft.confidencePercent}
            onChange={(value) => change('confidencePercent', 'confidence', value)}
            error={errors.confidence}
          />
          <NumberInput
            label="Fully loaded costs"
            description="Fees, participants’ and mentors’ time, administration, tools"
            required
            min={0}
            thousandSeparator=","
            value={draft.fullyLoadedCosts}
            onChange={(value) => change('fullyLoadedCosts', 'fullyLoadedCosts', value)}
            error={errors.fullyLoadedCosts}
          />
          <TextInput
            label="Currency"
            description="A code like EUR"
            required
            maxLength={3}
            value={draft.currency}
            onChange={(event) => change('currency', 'currency', event.currentTarget.value.toUpperCase())}
            error={errors.currency}
          />
        </SimpleGrid>
        <Textarea
          label="Note"
          description="Where the figures come from"
          autosize
          minRows={2}
          maxLength={2000}
          value={draft.note}
          onChange={(event) => change('note', 'note', event.currentTarget.value)}
          error={errors.note}
        />
        {server.general !== null && (
          <Alert color="red" variant="light" title="The assumptions were not saved" role="alert">
            {server.general}
          </Alert>
        )}
        {save.isSuccess && (
          <Text size="sm" c="teal.8" role="status">
            Saved. The ROI above is calculated from these assumptions.
          </Text>
        )}
        <Group>
          <Button type="submit" loading={save.isPending}>
            Save assumptions
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

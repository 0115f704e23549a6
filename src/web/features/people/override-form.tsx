import { Alert, Button, Group, Select, Stack, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { Approach, PersonRecommendation } from '../../../contract/approach.js';
import { approachLabels } from './labels';
import { useOverrideRecommendation } from './people-api';
import { splitServerError } from './server-errors';

const approachOptions = Object.entries(approachLabels).map(([value, label]) => ({ value, label }));

function isApproach(value: string | null): value is Approach {
  return value !== null && Object.hasOwn(approachLabels, value);
}

/** Overrules the latest recommendation, knowingly: the reason is kept beside the rules that fired. */
export function OverrideForm({ personId, recommendation }: { personId: string; recommendation: PersonRecommendation }) {
  const override = useOverrideRecommendation(personId);
  const [approach, setApproach] = useState<Approach | null>(null);
  const [reason, setReason] = useState('');
  const [checks, setChecks] = useState<{ approach?: string; reason?: string }>({});
  const server = splitServerError(override.error, ['approach', 'reason'] as const);
  const errors = { ...server.fields, ...checks };

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found: typeof checks = {};
    if (approach === null) found.approach = 'Choose the approach to use instead.';
    if (reason.trim().length < 10) found.reason = 'Say why in at least 10 characters.';
    setChecks(found);
    if (approach === null || Object.keys(found).length > 0) return;
    override.mutate(
      { approach, reason: reason.trim() },
      {
        onSuccess: () => {
          setApproach(null);
          setReason('');
        },
      },
    );
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-labelledby="override-heading">
      <Stack gap="md">
        <Title order={3} size="h5" id="override-heading">
          Override the recommendation
        </Title>
        {server.general !== null && (
          <Alert color="red" variant="light" title="Could not override the recommendation">
            {server.general}
          </Alert>
        )}
        <Select
          label="Approach"
          placeholder={`Instead of ${approachLabels[recommendation.finalApproach].toLowerCase()}`}
          data={approachOptions}
          value={approach}
          onChange={(value) => {
            setApproach(isApproach(value) ? value : null);
            setChecks((current) => ({ ...current, approach: undefined }));
          }}
          required
          error={errors.approach}
          maw={320}
        />
        <Textarea
          label="Reason for overriding"
          description="Kept with the recommendation, beside the rules that fired."
          autosize
          minRows={2}
          maxRows={6}
          required
          value={reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setChecks((current) => ({ ...current, reason: undefined }));
          }}
          error={errors.reason}
        />
        <Group>
          <Button type="submit" variant="default" loading={override.isPending}>
            Override recommendation
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

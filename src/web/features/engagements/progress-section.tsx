import {
  Alert,
  Badge,
  Button,
  Fieldset,
  Group,
  Paper,
  Radio,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type {
  CoachingEngagement,
  CoachingProgress,
  CoachingProgressCheck,
  CoachingProgressCheckCreate,
} from '../../../contract/index.js';
import { errorMessage } from '../people/server-errors';
import { cadenceLabels } from '../programs/program-labels';
import { formatInstant, isMetadataOnly } from './engagement-view';
import { progressQuery, recordProgressCheck } from './engagements-api';
import { fieldErrors } from './form-errors';
import {
  emptyProgressDraft,
  missingRatings,
  progressCountLine,
  progressDueLine,
  progressRatings,
  ratingText,
  toProgressCheckInput,
  type RatingDraft,
} from './progress-view';

/**
 * The engagement's progress checks: when the next is due, the checks newest first (each goal's
 * rating and evidence), and for the coach of an active engagement the form to record one. An
 * administrator who takes no part sees only how many there are and when.
 */
export function ProgressSection({ engagement }: { engagement: CoachingEngagement }) {
  const progress = useQuery(progressQuery(engagement.id));
  const canRecord = engagement.myRoles.includes('coach') && engagement.status === 'active';

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label="Progress">
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2} size="h3">
            Progress
          </Title>
          <Text size="sm" c="dimmed">
            {isMetadataOnly(engagement)
              ? 'As an administrator you see how many progress checks there are and when. The ratings stay with the engagement’s people.'
              : 'On the program’s cadence the coach rates every goal from 1 (no movement yet) to 5 (target reached), with the evidence.'}
          </Text>
        </Stack>
        {progress.isPending && <Text c="dimmed">Loading the progress checks…</Text>}
        {progress.isError && (
          <Alert color="red" variant="light" title="Could not load the progress checks" role="alert">
            {errorMessage(progress.error)}
          </Alert>
        )}
        {progress.isSuccess && (
          <>
            <Group gap="xs">
              {progress.data.isDue && (
                <Badge color="orange" variant="light">
                  Due
                </Badge>
              )}
              <Text fw={600}>{progressDueLine(progress.data, engagement.status)}</Text>
            </Group>
            <Text
              size="sm"
              c="dimmed"
            >{`Checks follow the program’s cadence: ${cadenceLabels[progress.data.cadence].toLowerCase()}.`}</Text>
            {canRecord && (engagement.goals ?? []).length > 0 && (
              <ProgressCheckForm key={progress.data.count} engagement={engagement} />
            )}
            {progress.data.checks === undefined ? (
              <Text>{progressCountLine(progress.data)}</Text>
            ) : progress.data.checks.length === 0 ? (
              <Text c="dimmed">No progress check yet.</Text>
            ) : (
              progress.data.checks.map((check) => <CheckRecord key={check.id} check={check} />)
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}

function CheckRecord({ check }: { check: CoachingProgressCheck }) {
  const when = formatInstant(check.checkedAt);
  return (
    <Stack gap="xs" component="section" aria-label={`Progress check of ${when}`}>
      <Title order={3} size="h5">
        {`${when}, by ${check.by.name}`}
      </Title>
      <Table.ScrollContainer minWidth={560}>
        <Table striped aria-label={`Ratings of ${when}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Goal</Table.Th>
              <Table.Th scope="col">Rating</Table.Th>
              <Table.Th scope="col">Evidence</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {check.ratings.map((entry) => (
              <Table.Tr key={entry.goalId}>
                <Table.Td>{entry.statement}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{ratingText(entry.rating)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{entry.evidence}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

const isRatingField = (path: string) => /^ratings\.\d+\.(rating|evidence)$/.test(path);

function ProgressCheckForm({ engagement }: { engagement: CoachingEngagement }) {
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<RatingDraft[]>(() => emptyProgressDraft(engagement.goals ?? []));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
  const record = useMutation({
    mutationFn: (check: CoachingProgressCheckCreate) => recordProgressCheck(engagement.id, check),
    onSuccess: (progress: CoachingProgress) => {
      // The new count re-keys this form, which starts empty again.
      queryClient.setQueryData(progressQuery(engagement.id).queryKey, progress);
    },
  });
  const server = fieldErrors(record.error, isRatingField);
  const errors: Record<string, string> = { ...server.fields, ...localErrors };

  function update(index: number, change: Partial<Pick<RatingDraft, 'rating' | 'evidence'>>) {
    setLocalErrors({});
    setDraft((current) => current.map((row, at) => (at === index ? { ...row, ...change } : row)));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const missing = missingRatings(draft);
    if (Object.keys(missing).length > 0) {
      record.reset();
      setLocalErrors(missing);
      return;
    }
    record.mutate(toProgressCheckInput(draft));
  }

  return (
    <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
      <form onSubmit={submit} noValidate aria-label="Record a progress check">
        <Stack gap="md">
          <Title order={3} size="h4">
            Record a progress check
          </Title>
          {draft.map((row, index) => (
            <Fieldset key={row.goalId} legend={`Goal ${index + 1}: ${row.statement}`} variant="unstyled">
              <Stack gap="xs">
                <Radio.Group
                  label="Rating"
                  description="1 = no movement yet, 5 = target reached"
                  required
                  value={row.rating === null ? null : String(row.rating)}
                  onChange={(value) => update(index, { rating: Number(value) })}
                  error={errors[`ratings.${index}.rating`]}
                >
                  <Group gap="md" mt={4}>
                    {progressRatings.map((rating) => (
                      <Radio key={rating} value={String(rating)} label={String(rating)} />
                    ))}
                  </Group>
                </Radio.Group>
                <Textarea
                  label="Evidence"
                  description="What shows it: an observation, a measure, feedback"
                  required
                  autosize
                  minRows={2}
                  maxRows={8}
                  maxLength={2000}
                  value={row.evidence}
                  onChange={(event) => update(index, { evidence: event.currentTarget.value })}
                  error={errors[`ratings.${index}.evidence`]}
                />
              </Stack>
            </Fieldset>
          ))}
          {server.general !== null && (
            <Alert color="red" variant="light" title="The progress check was not recorded" role="alert">
              {server.general}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={record.isPending}>
              Record the progress check
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

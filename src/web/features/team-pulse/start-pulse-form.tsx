import {
  Alert,
  Anchor,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import type { PulseSurvey } from '../../../contract/team-pulse.js';
import { fieldErrors } from '../engagements/form-errors';
import { pulseSurveysKey, startSurvey } from './team-pulse-api';
import {
  dateAfterDays,
  defaultAnswerDays,
  highestMinimum,
  lowestMinimum,
  quarterOf,
  startProblems,
  startSentence,
  type StartField,
} from './team-pulse-view';

const startFields: readonly string[] = ['quarter', 'closesOn', 'minimumResponses'] satisfies StartField[];

/** Starts the quarter's survey (admins): the quarter, the last day to answer, and the minimum responses. */
export function StartPulseForm() {
  const queryClient = useQueryClient();
  // Computed where the admin is: their today decides the quarter and the default last day.
  const [today] = useState(() => new Date());
  const [quarter, setQuarter] = useState(() => quarterOf(today));
  const [closesOn, setClosesOn] = useState(() => dateAfterDays(today, defaultAnswerDays));
  const [minimumResponses, setMinimumResponses] = useState<number | string>(lowestMinimum);
  const [problems, setProblems] = useState<Partial<Record<StartField, string>>>({});
  const [started, setStarted] = useState<PulseSurvey | null>(null);

  const start = useMutation({
    mutationFn: () => startSurvey({ quarter: quarter.trim(), closesOn, minimumResponses: Number(minimumResponses) }),
    onSuccess: (survey) => {
      setStarted(survey);
      void queryClient.invalidateQueries({ queryKey: pulseSurveysKey });
    },
  });
  const serverErrors = fieldErrors(start.error, (path) => startFields.includes(path));
  const errorOf = (field: StartField) => problems[field] ?? serverErrors.fields[field];

  function changed(field: StartField) {
    setProblems((current) => ({ ...current, [field]: undefined }));
    setStarted(null);
    // A refused start's messages go once the form changes; the next attempt asks again.
    start.reset();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = startProblems({ quarter, closesOn, minimumResponses }, dateAfterDays(new Date(), 0));
    setProblems(found);
    if (Object.keys(found).length === 0) start.mutate();
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="start-pulse-title">
      <form onSubmit={submit} noValidate aria-label="Start this quarter's pulse">
        <Stack gap="sm">
          <Title order={2} size="h3" id="start-pulse-title">
            Start this quarter's pulse
          </Title>
          <Text size="sm" c="dimmed">
            {startSentence}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="Quarter"
              description="Like 2026-Q4; one survey per quarter"
              required
              maxLength={7}
              value={quarter}
              onChange={(event) => {
                setQuarter(event.currentTarget.value);
                changed('quarter');
              }}
              error={errorOf('quarter')}
            />
            <TextInput
              type="date"
              label="Last day to answer"
              description="The survey closes after this day"
              required
              value={closesOn}
              onChange={(event) => {
                setClosesOn(event.currentTarget.value);
                changed('closesOn');
              }}
              error={errorOf('closesOn')}
            />
            <NumberInput
              label="Minimum responses"
              description={`Before a leader’s score is shown (at least ${lowestMinimum})`}
              required
              min={lowestMinimum}
              max={highestMinimum}
              allowDecimal={false}
              allowNegative={false}
              value={minimumResponses}
              onChange={(value) => {
                setMinimumResponses(value);
                changed('minimumResponses');
              }}
              error={errorOf('minimumResponses')}
            />
          </SimpleGrid>
          {serverErrors.general !== null && (
            <Alert color="red" variant="light" title="The pulse did not start" role="alert">
              {serverErrors.general}
            </Alert>
          )}
          {started !== null && (
            <Text c="teal.8" role="status">
              {`Started the ${started.quarter} pulse: ${started.invited} people in ${started.leaders} teams were asked to answer. `}
              <Anchor
                renderRoot={(props) => (
                  <Link {...props} to="/pulse-surveys/$surveyId" params={{ surveyId: started.id }} />
                )}
              >
                Open it
              </Anchor>
            </Text>
          )}
          <Group>
            <Button type="submit" loading={start.isPending}>
              Start this quarter's pulse
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

import { Alert, Divider, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { Person } from '../../../contract/people.js';
import { useCompetencies } from './competencies';
import { DevelopmentNeedForm } from './development-need-form';
import { OverrideForm } from './override-form';
import { recommendationQueryOptions } from './people-api';
import { RecommendationSummary } from './recommendation-summary';
import { errorMessage } from './server-errors';

/** "Coaching or mentoring?": the latest recommendation with its reasons, and the forms to ask again or overrule. */
export function RecommendationSection({ person }: { person: Person }) {
  const recommendation = useQuery(recommendationQueryOptions(person.id));
  const competencies = useCompetencies();
  const latest = recommendation.data ?? null;

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="approach-heading">
      <Stack gap="lg">
        <Title order={2} size="h3" id="approach-heading">
          Coaching or mentoring?
        </Title>

        {recommendation.isPending ? (
          <Loader size="sm" aria-label="Loading the recommendation" />
        ) : recommendation.isError ? (
          <Alert color="red" variant="light" title="Could not load the recommendation">
            {errorMessage(recommendation.error)}
          </Alert>
        ) : latest === null ? (
          <Text c="dimmed">
            No recommendation yet. Describe the development need below, and Tandem recommends coaching, mentoring or
            both, with the reasons.
          </Text>
        ) : (
          <RecommendationSummary recommendation={latest} labelOf={competencies.labelOf} />
        )}

        {!recommendation.isPending && (
          <>
            <Divider />
            <Stack gap="sm">
              <Title order={3} size="h5">
                Describe the development need
              </Title>
              <DevelopmentNeedForm
                // A fresh recommendation refills the form with what was just asked.
                key={latest?.id ?? 'none'}
                personId={person.id}
                initial={latest?.need ?? { competencies: person.developmentCompetencies }}
              />
            </Stack>
          </>
        )}

        {latest !== null && (
          <>
            <Divider />
            <OverrideForm key={latest.id} personId={person.id} recommendation={latest} />
          </>
        )}
      </Stack>
    </Paper>
  );
}

import {
  Alert,
  Anchor,
  Button,
  EmptyState,
  Group,
  Modal,
  Pagination,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedCallback, useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import type { PulseSurvey } from '../../../contract/team-pulse.js';
import { RecordPage } from '../../app/record-page';
import { LabelledRows } from '../../ui/labelled-rows';
import { PageLoader } from '../../ui/page-loader';
import { formatCalendarDate, formatInstant } from '../engagements/engagement-view';
import { Section } from '../feedback/feedback-parts';
import { AdminOnly } from '../people/admin-only';
import { errorMessage } from '../people/server-errors';
import { PulseStatusBadge } from './pulse-status-badge';
import { closeSurvey, pulseSurveysKey, resultsPageSize, resultsQuery, surveyQuery } from './team-pulse-api';
import { leaderScoreText, pulseStatusLabels } from './team-pulse-view';

/** `/pulse-surveys/$surveyId`: one quarter's survey, closing it, and its results per leader (admins). */
export function PulseSurveyPage() {
  return (
    <AdminOnly>
      <SurveyRecord />
    </AdminOnly>
  );
}

function SurveyRecord() {
  const { surveyId } = useParams({ from: '/_authenticated/pulse-surveys/$surveyId' });
  const survey = useQuery(surveyQuery(surveyId));
  useDocumentTitle(survey.data === undefined ? 'Team pulse · Tandem' : `Team pulse ${survey.data.quarter} · Tandem`);
  return (
    <RecordPage query={survey} what="the pulse survey">
      {(data) => <Survey survey={data} />}
    </RecordPage>
  );
}

function Survey({ survey }: { survey: PulseSurvey }) {
  return (
    <Stack gap="xl" maw={1080}>
      <Stack gap={4}>
        <Anchor renderRoot={(props) => <Link {...props} to="/pulse-surveys" />} size="sm">
          All team pulses
        </Anchor>
        <Group gap="sm" align="center">
          <Title order={1}>{`Team pulse ${survey.quarter}`}</Title>
          <PulseStatusBadge status={survey.status} />
        </Group>
        <Text c="dimmed">{`${survey.instrument.title} · version ${survey.instrument.version}`}</Text>
      </Stack>

      <Section
        id="pulse-counts"
        title="Counts"
        description="Numbers only: answers are stored apart from who sent them, and no one sees a single answer."
      >
        <LabelledRows
          rows={[
            ['Status', pulseStatusLabels[survey.status]],
            ['Opened', formatInstant(survey.openedAt)],
            ['Last day to answer', formatCalendarDate(survey.closesOn)],
            ['Closed', survey.closedAt === null ? 'Not yet' : formatInstant(survey.closedAt)],
            ['Minimum responses', survey.minimumResponses],
            ['Leaders surveyed', survey.leaders],
            ['People invited', survey.invited],
            ['Responses', survey.responses],
            ['Leaders shown', survey.status === 'open' ? 'Shown after close' : survey.leadersShown],
            ['Leaders with too small a team', survey.leadersTooSmall],
          ]}
        />
        {survey.leadersTooSmall > 0 && (
          <Text size="sm" c="dimmed">
            {`Leaders with fewer than ${survey.minimumResponses} direct reports were not surveyed: their score could never be shown without risking who said what.`}
          </Text>
        )}
      </Section>

      {survey.status === 'open' && <CloseSurveySection survey={survey} />}

      <ResultsSection survey={survey} />
    </Stack>
  );
}

function CloseSurveySection({ survey }: { survey: PulseSurvey }) {
  const queryClient = useQueryClient();
  const [isConfirming, confirming] = useDisclosure(false);
  const close = useMutation({
    mutationFn: () => closeSurvey(survey.id),
    onSuccess: (updated) => {
      confirming.close();
      queryClient.setQueryData(surveyQuery(survey.id).queryKey, updated);
      void queryClient.invalidateQueries({ queryKey: pulseSurveysKey });
    },
    onError: () => void queryClient.invalidateQueries({ queryKey: surveyQuery(survey.id).queryKey }),
  });
  return (
    <Section
      id="pulse-close"
      title="Close the survey"
      description={`Team members can answer until ${formatCalendarDate(survey.closesOn)}, when the survey closes by itself. Close it now to stop collecting and show the scores of leaders with at least ${survey.minimumResponses} responses.`}
    >
      <Group>
        <Button variant="default" color="red" onClick={confirming.open}>
          Close survey
        </Button>
      </Group>
      <Modal opened={isConfirming} onClose={confirming.close} title="Close this survey?">
        <Stack gap="md">
          <Text>
            Team members who have not answered can no longer answer. Leaders see their team’s score from now on, if
            enough of their team answered.
          </Text>
          {close.error !== null && (
            <Alert color="red" variant="light" title="The survey was not closed" role="alert">
              {errorMessage(close.error)}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={confirming.close}>
              Keep collecting
            </Button>
            <Button color="red" loading={close.isPending} onClick={() => close.mutate()}>
              Close survey
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Section>
  );
}

function ResultsSection({ survey }: { survey: PulseSurvey }) {
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const results = useQuery(resultsQuery(survey.id, search, page));
  // Applied once typing pauses; a new search starts from the first page.
  const applySearch = useDebouncedCallback((value: string) => {
    setSearch(value.trim());
    setPage(1);
  }, 300);
  const data = results.data;
  const pages = data === undefined ? 0 : Math.ceil(data.total / resultsPageSize);

  return (
    <Section
      id="pulse-results"
      title="Results per leader"
      description={
        survey.status === 'open'
          ? 'Scores are shown after the survey closes, for leaders with enough responses.'
          : `Scores run from 1 to 5; a leader with fewer than ${survey.minimumResponses} responses has none.`
      }
    >
      <TextInput
        label="Search leaders"
        placeholder="Part of a name"
        type="search"
        maw={420}
        value={searchText}
        onChange={(event) => {
          setSearchText(event.currentTarget.value);
          applySearch(event.currentTarget.value);
        }}
      />
      {data === undefined ? (
        results.isError ? (
          <Alert color="red" variant="light" title="Could not load the results" role="alert">
            {errorMessage(results.error)}
          </Alert>
        ) : (
          <PageLoader label="Loading the results" />
        )
      ) : data.items.length === 0 ? (
        <Paper withBorder radius="md" p="lg">
          <EmptyState>
            <EmptyState.Title order={3}>
              {search === '' ? 'No leaders were surveyed' : 'No leader matches this search'}
            </EmptyState.Title>
            <EmptyState.Description>
              {search === ''
                ? `No leader had at least ${survey.minimumResponses} direct reports when the survey started.`
                : 'Try part of a first or last name.'}
            </EmptyState.Description>
          </EmptyState>
        </Paper>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table
            striped
            aria-label="Results per leader"
            aria-busy={results.isPlaceholderData}
            style={{ opacity: results.isPlaceholderData ? 0.6 : 1 }}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Leader</Table.Th>
                <Table.Th scope="col">Title</Table.Th>
                <Table.Th scope="col" ta="right">
                  Invited
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Responses
                </Table.Th>
                <Table.Th scope="col">Score</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((result) => (
                <Table.Tr key={result.leader.id}>
                  <Table.Th scope="row" fw={600}>
                    {result.leader.name}
                  </Table.Th>
                  <Table.Td>{result.leader.title}</Table.Td>
                  <Table.Td ta="right">{result.invited}</Table.Td>
                  <Table.Td ta="right">{result.responses}</Table.Td>
                  <Table.Td fw={result.isShown ? 600 : 400} c={result.isShown ? undefined : 'dimmed'}>
                    {leaderScoreText(result, survey)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {results.isError && data !== undefined && (
        <Alert color="red" variant="light" title="Could not load the results" role="alert">
          {errorMessage(results.error)}
        </Alert>
      )}
      {pages > 1 && (
        <Group justify="center">
          <Pagination
            total={pages}
            value={page}
            onChange={setPage}
            getControlProps={(control) => ({ 'aria-label': `${control} page of leaders` })}
            getItemProps={(item) => ({ 'aria-label': `Leaders page ${item}` })}
          />
        </Group>
      )}
    </Section>
  );
}

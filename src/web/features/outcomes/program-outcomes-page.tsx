import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { ProgramOutcomes } from '../../../contract/outcomes.js';
import { RecordPage } from '../../app/record-page';
import { dateRange, formatInstant } from '../engagements/engagement-view';
import { programStatusLabels, programTypeLabels } from '../programs/program-labels';
import { BusinessOutcomesSection } from './business-outcomes-section';
import { EngagementSection } from './engagement-section';
import { FeedbackChangeSection } from './feedback-change-section';
import { KirkpatrickSection } from './kirkpatrick-section';
import { programOutcomesQuery } from './outcomes-api';
import { OutcomesGate, useIsAdmin } from './outcomes-gate';
import classes from './outcomes-report.module.css';
import { ciLabel, labelOf } from './outcomes-view';
import { ReadinessSection } from './readiness-section';
import { RetentionSection } from './retention-section';
import { RoiSection } from './roi-section';

/** `/programs/$programId/outcomes`: one program's outcomes report, for admins and the program's sponsor. */
export function ProgramOutcomesPage() {
  const { programId } = useParams({ from: '/_authenticated/programs/$programId/outcomes' });
  return (
    <OutcomesGate>
      <ProgramOutcomesView key={programId} programId={programId} />
    </OutcomesGate>
  );
}

function ProgramOutcomesView({ programId }: { programId: string }) {
  const outcomes = useQuery(programOutcomesQuery(programId));
  useDocumentTitle(`Outcomes: ${outcomes.data?.program.name ?? 'Program'} · Tandem`);
  return (
    <RecordPage query={outcomes} what="the outcomes">
      {(data) => <Report outcomes={data} />}
    </RecordPage>
  );
}

function Report({ outcomes }: { outcomes: ProgramOutcomes }) {
  const isAdmin = useIsAdmin();
  const { program } = outcomes;
  return (
    <Stack gap="xl" className={classes.report}>
      <Stack gap={4}>
        <Group justify="space-between" className={classes.screenOnly}>
          <Group gap="md">
            {isAdmin ? (
              <Anchor component={Link} to="/outcomes" size="sm">
                All outcomes
              </Anchor>
            ) : (
              <Anchor component={Link} to="/dashboard" size="sm">
                Program dashboard
              </Anchor>
            )}
            {isAdmin && (
              <Anchor
                renderRoot={(props) => <Link {...props} to="/programs/$programId" params={{ programId: program.id }} />}
                size="sm"
              >
                Program page
              </Anchor>
            )}
          </Group>
          <Button variant="default" size="xs" onClick={() => window.print()}>
            Print
          </Button>
        </Group>
        <Title order={1}>{`Outcomes: ${program.name}`}</Title>
        <Text c="dimmed">
          {[
            labelOf(programTypeLabels, program.type),
            dateRange(program.startDate, program.endDate),
            labelOf(programStatusLabels, program.status),
          ].join(' · ')}
        </Text>
        <Text size="sm" c="dimmed">
          {`Figures as of ${formatInstant(outcomes.generatedAt) || outcomes.generatedAt}. Intervals are ${ciLabel(outcomes.confidence)}s; a figure needs at least ${outcomes.minimumN} people, fewer show as “Not enough data”.`}
        </Text>
      </Stack>

      <FeedbackChangeSection outcomes={outcomes} />
      <EngagementSection outcomes={outcomes} />
      <ReadinessSection outcomes={outcomes} />
      <RetentionSection outcomes={outcomes} />
      <BusinessOutcomesSection outcomes={outcomes} isAdmin={isAdmin} />
      <KirkpatrickSection outcomes={outcomes} />
      <RoiSection outcomes={outcomes} isAdmin={isAdmin} />
    </Stack>
  );
}

import { Anchor, Badge, Box, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { FeedbackCycle, FeedbackReport } from '../../../contract/assessments.js';
import { isApiError } from '../../api/client';
import { RecordPage } from '../../app/record-page';
import { MessagePanel } from '../../ui/message-panel';
import { RadarChart } from '../../ui/radar-chart';
import { joinWords } from '../engagements/engagement-view';
import { cycleQuery, instrumentQuery, reportQuery } from './feedback-api';
import { Section } from './feedback-parts';
import classes from './feedback-report.module.css';
import {
  commentsByQuestion,
  distributionShares,
  findingColors,
  findingExplanation,
  findingLabels,
  formatChange,
  formatScore,
  groupName,
  phaseLabels,
  responsesLabel,
  scalesByFinding,
  scoreShare,
  shownGroupLabel,
  suppressionSentence,
} from './feedback-view';

type Scale = FeedbackReport['scales'][number];

const selfColor = 'var(--mantine-color-indigo-7)';
const othersColor = 'var(--mantine-color-orange-7)';
const groupColor = 'var(--mantine-color-gray-6)';

/** `/feedback/$cycleId/report`: the participant's 360 report, within the anonymity rules. */
export function FeedbackReportPage() {
  const { cycleId } = useParams({ from: '/_authenticated/feedback/$cycleId/report' });
  const report = useQuery(reportQuery(cycleId));
  // Only for the program's name in the heading; the report stands without it.
  const cycle = useQuery({ ...cycleQuery(cycleId), enabled: report.isSuccess });
  useDocumentTitle('360 feedback report · Tandem');

  // 403 or 409: the cycle is someone else's, or still open, or too few answered.
  if (report.isError && (isApiError(report.error, 403) || isApiError(report.error, 409))) {
    return (
      <MessagePanel
        title="This report is not available"
        actions={
          <Anchor renderRoot={(props) => <Link {...props} to="/feedback/$cycleId" params={{ cycleId }} />}>
            Back to the 360
          </Anchor>
        }
      >
        <Text c="dimmed">
          A 360 report opens to its participant only, once the cycle has closed with enough answers to keep every rater
          anonymous.
        </Text>
      </MessagePanel>
    );
  }
  return (
    <RecordPage query={report} what="the report">
      {(data) => <Report report={data} cycle={cycle.data} />}
    </RecordPage>
  );
}

function Report({ report, cycle }: { report: FeedbackReport; cycle: FeedbackCycle | undefined }) {
  const points = report.instrument.points;
  const instrument = useQuery(instrumentQuery(report.instrument.key, report.instrument.version));
  const questions = (instrument.data?.items ?? []).filter((item) => item.kind === 'comment');
  const summary = scalesByFinding(report.scales);

  return (
    <Stack gap="xl" className={classes.report}>
      <Stack gap={4}>
        <Group justify="space-between" className={classes.screenOnly}>
          <Anchor
            renderRoot={(props) => <Link {...props} to="/feedback/$cycleId" params={{ cycleId: report.cycleId }} />}
            size="sm"
          >
            Back to the 360
          </Anchor>
          <Button variant="default" size="xs" onClick={() => window.print()}>
            Print
          </Button>
        </Group>
        <Title order={1}>Your 360 feedback report</Title>
        <Text c="dimmed">
          {[cycle?.program.name, report.instrument.title, phaseLabels[report.phase]].filter(Boolean).join(' · ')}
        </Text>
      </Stack>

      <WhoAnswered report={report} />

      <Section id="report-overview" title="Overview">
        <Text size="sm" c="dimmed">
          {`Scores run from 1 to ${points}. “Others” pools everyone shown in this report, each person counting once.`}
        </Text>
        <Stack gap={4}>
          <SummaryLine label="Blind spots" scales={summary.blind_spot} />
          <SummaryLine label="Hidden strengths" scales={summary.hidden_strength} />
          <SummaryLine label="Aligned" scales={summary.aligned} />
        </Stack>
        {report.scales.length >= 3 && (
          <Box maw={640} mx="auto" w="100%" className={classes.keepTogether}>
            <RadarChart
              title="Your self-rating and others’ ratings, per scale"
              axes={report.scales.map((scale) => scale.label)}
              series={[
                { label: 'You', values: report.scales.map((scale) => scale.self), color: selfColor },
                {
                  label: 'Others',
                  values: report.scales.map((scale) => scale.others.mean),
                  color: othersColor,
                  isDashed: true,
                },
              ]}
              min={1}
              max={points}
              formatValue={formatScore}
            />
          </Box>
        )}
      </Section>

      <Stack gap="md" component="section" aria-labelledby="report-scales">
        <Title order={2} size="h3" id="report-scales">
          Scale by scale
        </Title>
        {report.scales.map((scale) => (
          <ScaleCard key={scale.scaleKey} scale={scale} points={points} />
        ))}
      </Stack>

      {report.comparison !== null && <Comparison report={report} comparison={report.comparison} />}

      <Section
        id="report-comments"
        title="Comments"
        description="In the raters’ own words, without names and in no particular order."
      >
        <CommentList
          groups={commentsByQuestion(report.comments, questions)}
          empty="No comments can be shown: none were written, or they came from groups too small to show."
        />
      </Section>

      {report.managerComments.length > 0 && (
        <Section
          id="report-manager-comments"
          title="Your manager’s comments"
          description="Attributed: your manager’s comments are shown as theirs."
        >
          <CommentList groups={commentsByQuestion(report.managerComments, questions)} empty="" />
        </Section>
      )}

      {report.selfComments.length > 0 && (
        <Section
          id="report-self-comments"
          title="Your own comments"
          description="What you wrote about yourself, to set beside what others said."
        >
          <CommentList groups={commentsByQuestion(report.selfComments, questions)} empty="" />
        </Section>
      )}
    </Stack>
  );
}

function SummaryLine({ label, scales }: { label: string; scales: readonly string[] }) {
  return (
    <Text size="sm">
      <Text span fw={600} size="sm">{`${label}: `}</Text>
      {scales.length === 0 ? 'none' : joinWords(scales)}
    </Text>
  );
}

function WhoAnswered({ report }: { report: FeedbackReport }) {
  const hidden = suppressionSentence(report.suppressedGroups, report.anonymityThreshold);
  const hasManager = report.shownGroups.some((group) => group.isAttributed);
  return (
    <Section
      id="report-groups"
      title="Who answered"
      description={`A group’s answers are shown only when at least ${report.anonymityThreshold} people in it answered. A smaller group is merged into Others when that keeps everyone anonymous.`}
    >
      {report.shownGroups.length === 0 ? (
        <Text>No group reached the number of answers needed to be shown.</Text>
      ) : (
        <Table aria-label="Groups shown in this report" maw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Group shown</Table.Th>
              <Table.Th scope="col" ta="right">
                Responses
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.shownGroups.map((group) => (
              <Table.Tr key={group.label}>
                <Table.Th scope="row" fw={400}>
                  {shownGroupLabel(group)}
                </Table.Th>
                <Table.Td ta="right">{group.responses}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {hasManager && (
        <Text size="sm">
          Your manager’s answers are attributed: they are shown as your manager’s, since a manager answers without the
          protection of a group.
        </Text>
      )}
      {hidden !== null && (
        <Text size="sm" fw={600}>
          {hidden}
        </Text>
      )}
    </Section>
  );
}

function ScoreBar({
  label,
  value,
  points,
  color,
  detail,
}: {
  label: string;
  value: number | null;
  points: number;
  color: string;
  detail?: string;
}) {
  return (
    <Group gap="sm" wrap="nowrap">
      <Stack gap={0} w={{ base: 120, sm: 200 }} style={{ flexShrink: 0 }}>
        <Text size="sm">{label}</Text>
        {detail !== undefined && (
          <Text size="xs" c="dimmed">
            {detail}
          </Text>
        )}
      </Stack>
      <div className={classes.track} aria-hidden="true">
        <div className={classes.fill} style={{ width: `${scoreShare(value, points) * 100}%`, background: color }} />
      </div>
      <Text size="sm" fw={600} w={36} ta="right" style={{ flexShrink: 0 }}>
        {formatScore(value)}
      </Text>
    </Group>
  );
}

function ScaleCard({ scale, points }: { scale: Scale; points: number }) {
  const id = `scale-${scale.scaleKey}`;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={id} className={classes.keepTogether}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Title order={3} size="h4" id={id}>
            {scale.label}
          </Title>
          {scale.finding !== null && (
            <Badge variant="light" color={findingColors[scale.finding]} size="lg" tt="none">
              {findingLabels[scale.finding]}
            </Badge>
          )}
        </Group>
        <Text size="sm">{findingExplanation(scale.finding)}</Text>
        <Stack gap={6} role="group" aria-label={`Scores for ${scale.label}`}>
          <ScoreBar label="You" value={scale.self} points={points} color={selfColor} />
          <ScoreBar
            label="Others"
            detail={responsesLabel(scale.others.responses)}
            value={scale.others.mean}
            points={points}
            color={othersColor}
          />
          {scale.groups.map((group) => (
            <ScoreBar
              key={group.label}
              label={`${groupName(group.label)}${group.isAttributed ? ' (attributed)' : ''}`}
              detail={group.mean === null && group.responses > 0 ? 'too few to show' : responsesLabel(group.responses)}
              value={group.mean}
              points={points}
              color={groupColor}
            />
          ))}
        </Stack>
        <Text size="sm">
          <Text span size="sm" fw={600}>
            Gap (others − you):{' '}
          </Text>
          {formatChange(scale.gap)}
        </Text>
        <Distribution scale={scale} />
      </Stack>
    </Paper>
  );
}

/** How many of the others gave each rating (their scale mean, rounded), as a small column chart that is a table. */
function Distribution({ scale }: { scale: Scale }) {
  const shares = distributionShares(scale.distribution);
  if (scale.others.responses === 0) return null;
  return (
    <Table withTableBorder={false} maw={80 + 48 * scale.distribution.length} layout="fixed" verticalSpacing={2}>
      <caption style={{ captionSide: 'top', textAlign: 'left' }}>
        <Text span size="sm" fw={600}>
          Spread of others’ ratings
        </Text>
      </caption>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th scope="row" w={80} fw={400}>
            <Text size="xs">People</Text>
          </Table.Th>
          {scale.distribution.map((count, index) => (
            <Table.Td key={index} ta="center" p={0}>
              <div className={classes.column}>
                <div className={classes.columnFill} style={{ height: `${Math.round((shares[index] ?? 0) * 32)}px` }} />
                <Text size="xs">{count}</Text>
              </div>
            </Table.Td>
          ))}
        </Table.Tr>
        <Table.Tr>
          <Table.Th scope="row" fw={400}>
            <Text size="xs">Rating</Text>
          </Table.Th>
          {scale.distribution.map((_, index) => (
            <Table.Th key={index} scope="col" ta="center" fw={400}>
              <Text size="xs" c="dimmed">
                {index + 1}
              </Text>
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

function Comparison({
  report,
  comparison,
}: {
  report: FeedbackReport;
  comparison: NonNullable<FeedbackReport['comparison']>;
}) {
  const before = phaseLabels[comparison.phase];
  const after = phaseLabels[report.phase];
  return (
    <Section
      id="report-comparison"
      title="Change since your earlier 360"
      description={`Others’ ratings per scale at the ${before.toLowerCase()} and now, at the ${after.toLowerCase()}.`}
    >
      <Table.ScrollContainer minWidth={520}>
        <Table aria-label="Change per scale" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Scale</Table.Th>
              <Table.Th scope="col" ta="right">
                {before}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {after}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Change
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {comparison.scales.map((scale) => (
              <Table.Tr key={scale.scaleKey}>
                <Table.Th scope="row" fw={400}>
                  {scale.label}
                </Table.Th>
                <Table.Td ta="right">{formatScore(scale.before)}</Table.Td>
                <Table.Td ta="right">{formatScore(scale.after)}</Table.Td>
                <Table.Td ta="right" fw={600}>
                  {formatChange(scale.change)}
                  {scale.change !== null && (
                    <VisuallyHidden>{scale.change > 0 ? ' (up)' : scale.change < 0 ? ' (down)' : ''}</VisuallyHidden>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Section>
  );
}

function CommentList({ groups, empty }: { groups: ReturnType<typeof commentsByQuestion>; empty: string }) {
  if (groups.length === 0) return <Text c="dimmed">{empty}</Text>;
  return (
    <Stack gap="lg">
      {groups.map((group) => (
        <Stack key={group.itemKey} gap="xs" component="section" aria-label={group.question}>
          <Title order={3} size="h5">
            {group.question}
          </Title>
          <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {group.texts.map((text, index) => (
              <Paper key={index} component="li" withBorder={false} bg="gray.0" p="sm" radius="sm">
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {text}
                </Text>
              </Paper>
            ))}
          </Stack>
        </Stack>
      ))}
    </Stack>
  );
}

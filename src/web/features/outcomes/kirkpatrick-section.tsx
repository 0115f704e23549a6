import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ProgramOutcomes } from '../../../contract/outcomes.js';
import { ReportSection } from './outcomes-parts';
import classes from './outcomes-report.module.css';
import { kirkpatrickCards, nLabel, type KirkpatrickCard } from './outcomes-view';

/** Kirkpatrick's four levels, from how participants took the program to what it changed in results. */
export function KirkpatrickSection({ outcomes }: { outcomes: ProgramOutcomes }) {
  return (
    <ReportSection
      id="outcomes-kirkpatrick"
      title="Four levels (Kirkpatrick)"
      n={`${nLabel(outcomes.feedbackChange.participants)} participants`}
      description="Reaction, learning, behaviour and results: each level in one sentence, with its figures."
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {kirkpatrickCards(outcomes.kirkpatrick).map((card) => (
          <LevelCard key={card.level} card={card} />
        ))}
      </SimpleGrid>
    </ReportSection>
  );
}

function LevelCard({ card }: { card: KirkpatrickCard }) {
  const id = `kirkpatrick-${card.level}`;
  return (
    <Paper withBorder radius="sm" p="md" component="section" aria-labelledby={id} className={classes.keepTogether}>
      <Stack gap="xs">
        <Stack gap={0}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {`Level ${card.number}`}
          </Text>
          <Title order={3} size="h4" id={id}>
            {card.title}
          </Title>
        </Stack>
        <Text size="sm">{card.entry?.summary ?? 'No figures for this level yet.'}</Text>
        {card.entry !== null && card.entry.figures.length > 0 && (
          <Stack component="dl" gap={6} m={0}>
            {card.entry.figures.map((figure) => (
              <Group
                key={figure.label}
                component="div"
                justify="space-between"
                align="flex-start"
                gap="xs"
                wrap="nowrap"
              >
                <Text component="dt" size="sm" c="dimmed">
                  {figure.label}
                </Text>
                <Text component="dd" size="sm" fw={600} ta="right" m={0}>
                  {figure.value}
                  {figure.n !== null && (
                    <Text
                      span
                      size="xs"
                      c="dimmed"
                      fw={400}
                      style={{ whiteSpace: 'nowrap' }}
                    >{` (${nLabel(figure.n)})`}</Text>
                  )}
                </Text>
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}

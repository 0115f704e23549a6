import { Group, Progress, Stack, Text } from '@mantine/core';
import type { BehaviouralProfileScore } from '../../../contract/behavioural-profiles.js';
import { scoreShare } from '../feedback/feedback-view';
import { scoreText } from './behavioural-profile-view';

/**
 * A bar per dimension on the instrument's scale, with its label and what it means. The bars are
 * decoration: the score reads as text beside each, for screen readers and print alike.
 */
export function ProfileScores({
  scores,
  points,
  label,
}: {
  scores: readonly BehaviouralProfileScore[];
  points: number;
  /** The list's accessible name. */
  label: string;
}) {
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {`Each dimension runs from 1 to ${points}; both ends have their strengths.`}
      </Text>
      <Stack component="ul" gap="md" aria-label={label} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {scores.map((score) => (
          <li key={score.key}>
            <Stack gap={4}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text fw={600}>{score.label}</Text>
                <Text fw={600} style={{ flexShrink: 0 }}>
                  {scoreText(score.mean, points)}
                </Text>
              </Group>
              <Progress value={scoreShare(score.mean, points) * 100} size="lg" radius="sm" aria-hidden />
              <Text size="sm" c="dimmed">
                {score.description}
              </Text>
            </Stack>
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

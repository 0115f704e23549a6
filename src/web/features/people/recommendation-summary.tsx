import { Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import type { PersonRecommendation } from '../../../contract/approach.js';
import { approachColors, approachLabels, formatTimestamp, needKindLabels } from './labels';

export type RecommendationSummaryProps = {
  recommendation: PersonRecommendation;
  labelOf: (competencyKey: string) => string;
};

/** The approach chosen, why the rules chose it, and any override with its reason. */
export function RecommendationSummary({ recommendation, labelOf }: RecommendationSummaryProps) {
  const { override } = recommendation;
  const reasonsId = useId();
  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Group gap="sm" align="center">
          <Text fw={500}>Final approach</Text>
          <Badge size="xl" variant="filled" color={approachColors[recommendation.finalApproach]} tt="none">
            {approachLabels[recommendation.finalApproach]}
          </Badge>
        </Group>
        <Text>{`Recommended: ${approachLabels[recommendation.approach]}`}</Text>
        {override !== null && (
          <Text>
            {`Overridden to ${approachLabels[override.approach]} by ${override.overriddenBy}: ${override.reason}`}
            <Text span c="dimmed" size="sm">{` (${formatTimestamp(override.overriddenAt)})`}</Text>
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {`Asked on ${formatTimestamp(recommendation.createdAt)} for: ${recommendation.need.kinds
            .map((kind) => needKindLabels[kind].toLowerCase())
            .join('; ')}.`}
        </Text>
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h5" id={reasonsId}>
          Reasons
        </Title>
        <List spacing="sm" listStyleType="none" aria-labelledby={reasonsId} ml={0} pl={0}>
          {recommendation.rules.map((rule) => (
            <List.Item key={rule.id}>
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>{rule.title}</Text>
                  <Badge variant="light" color={approachColors[rule.favours]} tt="none" size="sm">
                    {`Favours ${approachLabels[rule.favours].toLowerCase()}`}
                  </Badge>
                </Group>
                <Text size="sm">{rule.explanation}</Text>
              </Stack>
            </List.Item>
          ))}
        </List>
      </Stack>

      <Stack gap="xs">
        <Title order={3} size="h5">
          Competencies to target
        </Title>
        {recommendation.targetCompetencies.length === 0 ? (
          <Text c="dimmed" size="sm">
            None named.
          </Text>
        ) : (
          <Group gap={6}>
            {recommendation.targetCompetencies.map((key) => (
              <Badge key={key} variant="light" tt="none" fw={500}>
                {labelOf(key)}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
    </Stack>
  );
}

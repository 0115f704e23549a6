import { Badge, List, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import type { MatchRequest } from '../../../contract/index.js';
import { isVisibleTo, navigation, type NavigationPath } from '../../app/navigation';
import { NotFoundPanel } from '../../app/not-found-page';
import { useSession } from '../auth/use-session';
import { matchRequestStatusColors, matchRequestStatusLabels, scoreLabel } from './requests-view';

/** Shows a page only to those its navigation entry is for; others see "Page not found", as for the placeholder. */
export function NavigationGate({ path, children }: { path: NavigationPath; children: ReactNode }) {
  const { user } = useSession();
  const entry = navigation.find((item) => item.to === path);
  if (entry === undefined || !isVisibleTo(entry, user)) return <NotFoundPanel />;
  return children;
}

export function ScoreBadge({ score }: { score: number }) {
  const label = scoreLabel(score);
  return (
    // A badge shrinks and cuts its label in a tight row; the score must always read whole.
    <Badge variant="light" size="lg" color="teal" tt="none" style={{ flexShrink: 0 }}>
      <span aria-hidden="true">{label.text}</span>
      <VisuallyHidden>{label.spoken}</VisuallyHidden>
    </Badge>
  );
}

export function MatchRequestStatusBadge({ status }: { status: MatchRequest['status'] }) {
  return (
    <Badge variant="light" color={matchRequestStatusColors[status]}>
      {matchRequestStatusLabels[status]}
    </Badge>
  );
}

/** Why a pair was suggested, as the scoring put it; `label` names the list for screen readers. */
export function ReasonsList({ reasons, label }: { reasons: readonly string[]; label: string }) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} aria-hidden="true">
        Why this match
      </Text>
      {reasons.length === 0 ? (
        <Text size="sm" c="dimmed">
          No single strength stands out; the fit is even across the board.
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-label={label}>
          {reasons.map((reason) => (
            <List.Item key={reason}>{reason}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

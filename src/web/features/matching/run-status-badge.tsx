import { Badge } from '@mantine/core';
import type { MatchingRunStatus } from '../../../contract/index.js';
import { runStatusColors, runStatusLabels } from './matching-labels';

export function RunStatusBadge({ status }: { status: MatchingRunStatus }) {
  return (
    <Badge color={runStatusColors[status]} variant="light">
      {runStatusLabels[status]}
    </Badge>
  );
}

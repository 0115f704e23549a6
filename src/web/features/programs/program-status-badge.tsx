import { Badge } from '@mantine/core';
import type { ProgramStatus } from '../../../contract/index.js';
import { programStatusColors, programStatusLabels } from './program-labels';

export function ProgramStatusBadge({ status }: { status: ProgramStatus }) {
  return (
    <Badge color={programStatusColors[status]} variant="light">
      {programStatusLabels[status]}
    </Badge>
  );
}

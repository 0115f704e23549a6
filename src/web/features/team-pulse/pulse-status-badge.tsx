import { Badge } from '@mantine/core';
import type { PulseSurveyStatus } from '../../../contract/team-pulse.js';
import { pulseStatusColors, pulseStatusLabels } from './team-pulse-view';

export function PulseStatusBadge({ status }: { status: PulseSurveyStatus }) {
  return (
    <Badge variant="light" color={pulseStatusColors[status]} style={{ flexShrink: 0, minWidth: 'max-content' }}>
      {pulseStatusLabels[status]}
    </Badge>
  );
}

import { Stack, Text } from '@mantine/core';
import { useId } from 'react';
import type { ReactNode } from 'react';

/** A visible label for a SegmentedControl, which is a radio group rather than a labelable input. */
export function LabelledSegments({ label, children }: { label: string; children: (labelId: string) => ReactNode }) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={labelId}>
        {label}
      </Text>
      {children(labelId)}
    </Stack>
  );
}

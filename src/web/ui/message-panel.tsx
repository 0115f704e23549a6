import { Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export type MessagePanelProps = {
  /** Rendered as the page's h1. */
  title: string;
  /** The explanation under the heading. */
  children?: ReactNode;
  /** Links or buttons that lead on from here. */
  actions?: ReactNode;
};

/** A centered heading with a short explanation: for placeholder, empty and error pages. */
export function MessagePanel({ title, children, actions }: MessagePanelProps) {
  return (
    <Stack align="center" ta="center" gap="md" py="xl" maw={560} mx="auto">
      <Title order={1}>{title}</Title>
      {children}
      {actions}
    </Stack>
  );
}

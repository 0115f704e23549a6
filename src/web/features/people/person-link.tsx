import { Anchor } from '@mantine/core';
import type { AnchorProps } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';

export type PersonLinkProps = AnchorProps & { personId: string; title?: string; children: ReactNode };

/** A link to a person's page, styled as a Mantine Anchor and typed by the router. */
export function PersonLink({ personId, title, children, ...anchorProps }: PersonLinkProps) {
  return (
    <Anchor
      {...anchorProps}
      renderRoot={(props) => <Link {...props} title={title} to="/people/$personId" params={{ personId }} />}
    >
      {children}
    </Anchor>
  );
}

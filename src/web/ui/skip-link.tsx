import type { ReactNode } from 'react';
import classes from './skip-link.module.css';

/** The first focusable element of a page: jumps to the element with `targetId`. */
export function SkipLink({ targetId, children }: { targetId: string; children: ReactNode }) {
  return (
    <a className={classes.link} href={`#${targetId}`}>
      {children}
    </a>
  );
}

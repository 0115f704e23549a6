import { Center, Loader, VisuallyHidden } from '@mantine/core';

/** A centered spinner for a page or panel that is still loading. */
export function PageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Center mih="50vh" role="status">
      <Loader aria-hidden />
      <VisuallyHidden>{label}</VisuallyHidden>
    </Center>
  );
}

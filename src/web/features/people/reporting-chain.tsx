import { Breadcrumbs, Skeleton, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { tierLabels } from './labels';
import { reportingChainQueryOptions } from './people-api';
import { PersonLink } from './person-link';

/** The line of managers from the top of the organization down to this person. */
export function ReportingChain({ personId, name }: { personId: string; name: string }) {
  const chain = useQuery(reportingChainQueryOptions(personId));

  if (chain.isPending) return <Skeleton height={20} width="50%" aria-hidden />;
  if (chain.isError) {
    return (
      <Text size="sm" c="dimmed">
        The reporting line could not be loaded.
      </Text>
    );
  }
  // The API lists the nearest manager first; read top-down like a breadcrumb.
  const managers = [...chain.data].reverse();
  return (
    <nav aria-label="Reporting chain">
      <Breadcrumbs separator="›" separatorMargin={6} style={{ flexWrap: 'wrap', rowGap: 4 }}>
        {managers.map((manager) => (
          <PersonLink
            key={manager.id}
            personId={manager.id}
            size="sm"
            title={`${manager.title} (${tierLabels[manager.tier]})`}
          >
            {manager.name}
          </PersonLink>
        ))}
        <Text size="sm" fw={600} aria-current="page">
          {name}
        </Text>
      </Breadcrumbs>
    </nav>
  );
}

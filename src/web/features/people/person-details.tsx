import { Anchor, Badge, DataList, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import type { Person } from '../../../contract/people.js';
import { useCompetencies } from './competencies';
import { countOf, formatCalendarDate, tierLabels } from './labels';
import { PersonLink } from './person-link';

function Missing() {
  return (
    <Text c="dimmed" inherit>
      Not recorded
    </Text>
  );
}

function listOrMissing(values: string[]): ReactNode {
  return values.length === 0 ? <Missing /> : values.join(', ');
}

function ratingText(rating: number | null): ReactNode {
  return rating === null ? <Missing /> : `${rating} of 3`;
}

type Item = { label: string; value: ReactNode };

function DetailsCard({ title, items }: { title: string; items: Item[] }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-label={title}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        <DataList labelWidth="11rem" withDivider>
          {items.map((item) => (
            <DataList.Item key={item.label}>
              <DataList.ItemLabel>{item.label}</DataList.ItemLabel>
              <DataList.ItemValue>{item.value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      </Stack>
    </Paper>
  );
}

/** Everything recorded about a person, in two cards: their place in the organization and their development. */
export function PersonDetails({ person }: { person: Person }) {
  const competencies = useCompetencies(person.developmentCompetencies);

  const profile: Item[] = [
    { label: 'Employee ID', value: person.employeeId },
    {
      label: 'Email',
      value: (
        <Anchor href={`mailto:${person.email}`} inherit>
          {person.email}
        </Anchor>
      ),
    },
    { label: 'Title', value: person.title },
    { label: 'Tier', value: tierLabels[person.tier] },
    { label: 'Department', value: person.department },
    { label: 'Function', value: person.function },
    { label: 'Location', value: `${person.location} (${person.timeZone})` },
    {
      label: 'Manager',
      value:
        person.manager === null ? (
          <Text c="dimmed" inherit>
            None: top of the organization
          </Text>
        ) : (
          <PersonLink
            personId={person.manager.id}
            inherit
          >{`${person.manager.name}, ${person.manager.title}`}</PersonLink>
        ),
    },
    { label: 'Direct reports', value: countOf(person.directReports, 'person', 'people') },
    { label: 'Hire date', value: person.hireDate === null ? <Missing /> : formatCalendarDate(person.hireDate) },
    {
      label: 'Status',
      value:
        person.status === 'left'
          ? `Left${person.exitDate === null ? '' : ` on ${formatCalendarDate(person.exitDate)}`}`
          : 'Active',
    },
  ];

  const development: Item[] = [
    {
      label: 'High potential',
      value: person.isHighPotential ? (
        <Badge variant="light" color="teal">
          High potential
        </Badge>
      ) : (
        'No'
      ),
    },
    { label: 'Performance rating', value: ratingText(person.performanceRating) },
    { label: 'Potential rating', value: ratingText(person.potentialRating) },
    {
      label: 'Years of experience',
      value: person.yearsOfExperience === null ? <Missing /> : String(person.yearsOfExperience),
    },
    { label: 'Languages', value: listOrMissing(person.languages) },
    { label: 'Industries', value: listOrMissing(person.industries) },
    {
      label: 'Skills',
      value:
        person.skills.length === 0 ? (
          <Missing />
        ) : (
          <Group gap={6}>
            {person.skills.map((skill) => (
              <Badge key={skill.skill} variant="outline" color="gray" tt="none" fw={500}>
                {`${skill.skill}: ${skill.level} of 5`}
              </Badge>
            ))}
          </Group>
        ),
    },
    {
      label: 'Development goals',
      value:
        person.developmentGoals === '' ? (
          <Missing />
        ) : (
          <Text inherit style={{ whiteSpace: 'pre-wrap' }}>
            {person.developmentGoals}
          </Text>
        ),
    },
    {
      label: 'Development competencies',
      value:
        person.developmentCompetencies.length === 0 ? (
          <Missing />
        ) : (
          <Group gap={6}>
            {person.developmentCompetencies.map((key) => (
              <Badge key={key} variant="light" tt="none" fw={500}>
                {competencies.labelOf(key)}
              </Badge>
            ))}
          </Group>
        ),
    },
  ];

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <DetailsCard title="Profile" items={profile} />
      <DetailsCard title="Development" items={development} />
    </SimpleGrid>
  );
}

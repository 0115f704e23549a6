import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { Person } from '../../../contract/people.js';
import { isApiError } from '../../api/client';
import { ErasePersonModal } from '../privacy/erase-person-modal';
import { personalDataUrl } from '../privacy/privacy-api';
import { MessagePanel } from '../../ui/message-panel';
import { PageLoader } from '../../ui/page-loader';
import { AdminOnly } from './admin-only';
import { EditPersonModal } from './edit-person-modal';
import { formatCalendarDate, formatTimestamp, tierLabels } from './labels';
import { MarkAsLeftModal } from './mark-as-left-modal';
import { personQueryOptions } from './people-api';
import { PersonDetails } from './person-details';
import { ReadinessSection } from './readiness-section';
import { RecommendationSection } from './recommendation-section';
import { ReportingChain } from './reporting-chain';
import { errorMessage } from './server-errors';

export function PersonPage() {
  const { personId } = useParams({ from: '/_authenticated/people/$personId' });
  return (
    <AdminOnly>
      {/* Keyed so that following a manager link starts the next person with fresh forms. */}
      <PersonView key={personId} personId={personId} />
    </AdminOnly>
  );
}

function PersonView({ personId }: { personId: string }) {
  const person = useQuery(personQueryOptions(personId));
  useDocumentTitle(`${person.data?.name ?? 'Person'} · Tandem`);

  if (person.isPending) return <PageLoader label="Loading the person" />;
  if (person.isError) {
    // A malformed id is answered 400 on `params.id`: to the reader it is the same missing page.
    const isMissing =
      isApiError(person.error, 404) || (isApiError(person.error, 400) && person.error.field?.startsWith('params.'));
    return isMissing ? (
      <MessagePanel
        title="Person not found"
        actions={
          <Anchor component={Link} to="/people">
            Back to People
          </Anchor>
        }
      >
        <Text c="dimmed">There is no one at this address in your organization&apos;s directory.</Text>
      </MessagePanel>
    ) : (
      <Alert color="red" variant="light" title="Could not load this person">
        {errorMessage(person.error)}
      </Alert>
    );
  }
  return <PersonProfile person={person.data} />;
}

function PersonProfile({ person }: { person: Person }) {
  const [isEditing, editing] = useDisclosure(false);
  const [isLeaving, leaving] = useDisclosure(false);
  const [isErasing, erasing] = useDisclosure(false);
  const isErased = person.erasedAt !== null;

  return (
    <Stack gap="xl" maw={1200}>
      <Stack gap="xs">
        <Anchor component={Link} to="/people" size="sm">
          ← People
        </Anchor>
        <ReportingChain personId={person.id} name={person.name} />
      </Stack>

      <Group justify="space-between" align="flex-start" gap="md">
        <Stack gap={6}>
          <Title order={1}>{person.name}</Title>
          <Text size="lg">{`${person.title} · ${tierLabels[person.tier]} · ${person.department}`}</Text>
          <Group gap="xs">
            {person.isHighPotential && (
              <Badge variant="light" color="teal">
                High potential
              </Badge>
            )}
            {isErased && (
              <Badge variant="filled" color="dark">
                Erased
              </Badge>
            )}
            {person.status === 'left' && (
              <Badge variant="light" color="gray">
                {person.exitDate === null ? 'Left' : `Left on ${formatCalendarDate(person.exitDate)}`}
              </Badge>
            )}
          </Group>
        </Stack>
        <Group gap="sm">
          {!isErased && <Button onClick={editing.open}>Edit</Button>}
          {!isErased && person.status === 'active' && (
            <Button variant="default" color="red" onClick={leaving.open}>
              Mark as left
            </Button>
          )}
          <Button
            component="a"
            href={personalDataUrl(person.id)}
            download={`personal-data-${person.employeeId}.json`}
            variant="default"
          >
            Download personal data
          </Button>
          {!isErased && (
            <Button variant="outline" color="red" onClick={erasing.open}>
              Erase person…
            </Button>
          )}
        </Group>
      </Group>

      {person.erasedAt !== null && (
        <Alert color="gray" variant="light" title="Erased">
          {`This person was erased on request on ${formatTimestamp(person.erasedAt)}. The record is kept without personal data so programs and statistics still add up; it can no longer be changed.`}
        </Alert>
      )}

      <PersonDetails person={person} />
      {!isErased && <RecommendationSection person={person} />}
      {!isErased && <ReadinessSection person={person} />}

      <EditPersonModal person={person} opened={isEditing} onClose={editing.close} />
      <MarkAsLeftModal person={person} opened={isLeaving} onClose={leaving.close} />
      {!isErased && <ErasePersonModal person={person} opened={isErasing} onClose={erasing.close} />}
    </Stack>
  );
}

import { LabelledRows } from '../../ui/labelled-rows';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Modal,
  NumberInput,
  Pagination,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDisclosure, useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useState } from 'react';
import type { Program, ProgramEnrollment, ProgramEnrollmentRole, ProgramStatus } from '../../../contract/index.js';
import { defaultCapacity, rolesFor } from '../../../domain/programs/index.js';
import { isApiError } from '../../api/client';
import { NotFoundPanel } from '../../app/not-found-page';
import { PageLoader } from '../../ui/page-loader';
import { ProgramFeedbackSection } from '../feedback/program-feedback-section';
import { ProgramMatchesSection } from '../matching/program-matches-section';
import { PersonPicker } from './person-picker';
import { fieldMessageOf, formFieldOf } from './program-form';
import {
  cadenceLabels,
  enrollmentRoleLabels,
  frameworkLabels,
  outcomeKindLabels,
  programPurposeLabels,
  programStatusLabels,
  programTypeLabels,
  tierLabels,
  transitionLabels,
} from './program-labels';
import { ProgramStatusBadge } from './program-status-badge';
import {
  enrollmentsPageSize,
  enrollmentsQuery,
  enrollPerson,
  programQuery,
  programsKey,
  removeEnrollment,
  transitionProgram,
  type PersonOption,
} from './programs-api';
import { ProgramsGate } from './programs-gate';

export function ProgramDetailPage() {
  return (
    <ProgramsGate>
      <ProgramDetail />
    </ProgramsGate>
  );
}

function ProgramDetail() {
  const { programId } = useParams({ from: '/_authenticated/programs/$programId' });
  const program = useQuery(programQuery(programId));
  useDocumentTitle(`${program.data?.name ?? 'Program'} · Tandem`);

  if (program.isPending) return <PageLoader label="Loading the program" />;
  if (program.isError) {
    // A malformed id (400) and another organization's program (404) are both "not here".
    if (isApiError(program.error, 404) || isApiError(program.error, 400)) return <NotFoundPanel />;
    return (
      <Alert color="red" variant="light" title="Could not load the program" role="alert">
        {program.error.message}
      </Alert>
    );
  }
  return (
    <Stack gap="xl" maw={1000}>
      <Stack gap={4}>
        <Anchor component={Link} to="/programs" size="sm">
          All programs
        </Anchor>
        <Group justify="space-between" align="center" gap="sm">
          <Group gap="sm">
            <Title order={1}>{program.data.name}</Title>
            <ProgramStatusBadge status={program.data.status} />
          </Group>
          {/* The programs pages are for admins (ProgramsGate), who may see every program's outcomes. */}
          <Button
            variant="default"
            renderRoot={(props) => <Link {...props} to="/programs/$programId/outcomes" params={{ programId }} />}
          >
            Outcomes
          </Button>
        </Group>
      </Stack>
      {/* Keyed so a refused move's message goes once the status or the enrollments change. */}
      <StatusSection key={statusKey(program.data)} program={program.data} />
      <DesignSection program={program.data} />
      <ProgramMatchesSection program={program.data} />
      <EnrollmentsSection program={program.data} />
      <ProgramFeedbackSection program={program.data} />
    </Stack>
  );
}

function statusKey(program: Program): string {
  const { participant, mentor, coach } = program.enrollmentCounts;
  return [program.status, participant, mentor, coach, program.updatedAt].join(':');
}

/** The queries a change to this program may have made stale: the program, its enrollments, the list. */
function useRefreshPrograms() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: programsKey });
}

function StatusSection({ program }: { program: Program }) {
  const queryClient = useQueryClient();
  const refresh = useRefreshPrograms();
  const [isConfirmingClose, confirmClose] = useDisclosure(false);
  const move = useMutation({
    mutationFn: (to: ProgramStatus) => transitionProgram(program.id, to),
    onSuccess: (updated) => {
      queryClient.setQueryData(programQuery(program.id).queryKey, updated);
      confirmClose.close();
      void refresh();
    },
  });

  function request(to: ProgramStatus) {
    if (to === 'closed') confirmClose.open();
    else move.mutate(to);
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="program-status">
      <Stack gap="sm">
        <Title order={2} size="h3" id="program-status">
          Status
        </Title>
        <Text>
          {`This program is ${programStatusLabels[program.status].toLowerCase()}.`} {statusExplanation(program.status)}
        </Text>
        {move.error !== null && (
          <Alert color="red" variant="light" title="The status did not change" role="alert">
            {move.error.message}
          </Alert>
        )}
        {program.nextStatuses.length > 0 && (
          <Group gap="sm">
            {program.nextStatuses.map((to) => (
              <Button
                key={to}
                variant={to === 'closed' ? 'default' : 'filled'}
                color={to === 'closed' ? 'red' : undefined}
                loading={move.isPending && move.variables === to}
                disabled={move.isPending}
                onClick={() => request(to)}
              >
                {transitionLabels[to]}
              </Button>
            ))}
          </Group>
        )}
      </Stack>
      <Modal opened={isConfirmingClose} onClose={confirmClose.close} title="Close this program?">
        <Stack gap="md">
          <Text>A closed program cannot be reopened. Its design, enrollments and history stay as they are.</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={confirmClose.close}>
              Keep it open
            </Button>
            <Button color="red" loading={move.isPending} onClick={() => move.mutate('closed')}>
              Close the program
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function statusExplanation(status: ProgramStatus): string {
  switch (status) {
    case 'draft':
      return 'Enrollment opens once it has an executive sponsor and at least one outcome.';
    case 'enrolling':
      return 'Enroll participants and their mentors or coaches; matching needs at least one of each.';
    case 'matching':
      return 'Enrollment and design are fixed while pairs are formed.';
    case 'running':
      return 'Engagements and relationships are under way.';
    case 'closed':
      return 'Nothing more changes.';
  }
}

function DesignSection({ program }: { program: Program }) {
  const rows: [string, string][] = [
    [
      'Purpose',
      program.purpose === 'other'
        ? `${programPurposeLabels.other.label}: ${program.purposeDescription ?? ''}`
        : programPurposeLabels[program.purpose].label,
    ],
    ['Tiers', program.targetTiers.map((tier) => tierLabels[tier]).join(', ')],
    ['Approach', programTypeLabels[program.type]],
    ['Executive sponsor', program.sponsor ? `${program.sponsor.name} (${program.sponsor.title})` : 'None yet'],
    ['Dates', `${program.startDate} to ${program.endDate}`],
    ['Session cadence', cadenceLabels[program.sessionCadence]],
    ['Session framework', frameworkLabels[program.sessionFramework]],
    ...(program.type === 'mentoring'
      ? []
      : [
          ['Coaching engagements', `${program.engagementMonths.min} to ${program.engagementMonths.max} months`] as [
            string,
            string,
          ],
        ]),
  ];
  return (
    <Stack gap="md" component="section" aria-labelledby="program-design">
      <Title order={2} size="h3" id="program-design">
        Design
      </Title>
      <LabelledRows rows={rows} />
      <Title order={3} size="h4">
        Outcomes that define success
      </Title>
      {program.outcomes.length === 0 ? (
        <Text c="dimmed">None yet. Enrollment opens only once there is at least one.</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Outcome</Table.Th>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">Measured as</Table.Th>
                <Table.Th scope="col" ta="right">
                  Baseline
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Target
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {program.outcomes.map((outcome) => (
                <Table.Tr key={outcome.id}>
                  <Table.Td>{outcome.name}</Table.Td>
                  <Table.Td>{outcomeKindLabels[outcome.kind]}</Table.Td>
                  <Table.Td>{outcome.unit}</Table.Td>
                  <Table.Td ta="right">{outcome.baseline}</Table.Td>
                  <Table.Td ta="right">{outcome.target}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function EnrollmentsSection({ program }: { program: Program }) {
  const [page, setPage] = useState(1);
  const enrollments = useQuery(enrollmentsQuery(program.id, page));
  const counts = program.enrollmentCounts;
  const roles = rolesFor(program.type);

  return (
    <Stack gap="md" component="section" aria-labelledby="program-enrollments">
      <Title order={2} size="h3" id="program-enrollments">
        Enrollments
      </Title>
      <Group gap="xs">
        {roles.map((role) => (
          <Badge key={role} variant="outline" color="gray">
            {`${enrollmentRoleLabels[role]}s: ${counts[role]}`}
          </Badge>
        ))}
      </Group>
      {program.isEnrollmentOpen ? (
        <EnrollForm program={program} />
      ) : (
        <Text c="dimmed">{`Enrollment is closed while the program is ${programStatusLabels[program.status].toLowerCase()}.`}</Text>
      )}
      {enrollments.isPending && <PageLoader label="Loading enrollments" />}
      {enrollments.isError && (
        <Alert color="red" variant="light" title="Could not load the enrollments" role="alert">
          {enrollments.error.message}
        </Alert>
      )}
      {enrollments.data && enrollments.data.total === 0 && <Text c="dimmed">Nobody is enrolled yet.</Text>}
      {enrollments.data && enrollments.data.items.length > 0 && (
        <EnrollmentTable program={program} enrollments={enrollments.data.items} />
      )}
      {enrollments.data && enrollments.data.total > enrollmentsPageSize && (
        <Pagination
          total={Math.ceil(enrollments.data.total / enrollmentsPageSize)}
          value={page}
          onChange={setPage}
          getControlProps={(control) => ({ 'aria-label': `${control} page of enrollments` })}
          getItemProps={(item) => ({ 'aria-label': `Enrollments page ${item}` })}
        />
      )}
    </Stack>
  );
}

type EnrollFields = 'personId' | 'role' | 'capacity';

function EnrollForm({ program }: { program: Program }) {
  const refresh = useRefreshPrograms();
  const roles = rolesFor(program.type);
  const [person, setPerson] = useState<PersonOption | null>(null);
  const [role, setRole] = useState<ProgramEnrollmentRole>('participant');
  const [capacity, setCapacity] = useState<number | string>('');
  const [errors, setErrors] = useState<Partial<Record<EnrollFields, string>>>({});

  const enroll = useMutation({
    mutationFn: () =>
      enrollPerson(program.id, {
        personId: person!.id,
        role,
        ...(role !== 'participant' && capacity !== '' ? { capacity: Number(capacity) } : {}),
      }),
    onSuccess: () => {
      setPerson(null);
      setErrors({});
      void refresh();
    },
    onError: (error) => {
      const field = isApiError(error) ? formFieldOf(error.field) : undefined;
      if (isApiError(error) && (field === 'personId' || field === 'role' || field === 'capacity')) {
        setErrors({ [field]: fieldMessageOf(error) });
      }
    },
  });
  const fieldError = isApiError(enroll.error) ? formFieldOf(enroll.error.field) : undefined;
  const isFieldError = fieldError === 'personId' || fieldError === 'role' || fieldError === 'capacity';

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (person === null) {
      setErrors({ personId: 'Choose a person to enroll.' });
      return;
    }
    enroll.mutate();
  }

  return (
    <Paper withBorder radius="md" p="md">
      <form onSubmit={submit} noValidate aria-label="Enroll a person">
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <PersonPicker
              label="Person"
              required
              value={person}
              onChange={(chosen) => {
                setPerson(chosen);
                setErrors((current) => ({ ...current, personId: undefined }));
              }}
              error={errors.personId}
            />
            <Select
              label="Role"
              required
              allowDeselect={false}
              data={roles.map((value) => ({ value, label: enrollmentRoleLabels[value] }))}
              value={role}
              onChange={(value) => {
                if (value) setRole(value as ProgramEnrollmentRole);
                setErrors((current) => ({ ...current, role: undefined, capacity: undefined }));
              }}
              error={errors.role}
            />
            {role !== 'participant' && (
              <NumberInput
                label="Capacity"
                description={`Participants this ${enrollmentRoleLabels[role].toLowerCase()} takes (default ${defaultCapacity(role)})`}
                min={1}
                max={100}
                allowDecimal={false}
                placeholder={String(defaultCapacity(role))}
                value={capacity}
                onChange={(value) => {
                  setCapacity(value);
                  setErrors((current) => ({ ...current, capacity: undefined }));
                }}
                error={errors.capacity}
              />
            )}
          </SimpleGrid>
          {enroll.error !== null && !isFieldError && (
            <Alert color="red" variant="light" title="Could not enroll" role="alert">
              {enroll.error.message}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={enroll.isPending}>
              Enroll
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function EnrollmentTable({ program, enrollments }: { program: Program; enrollments: ProgramEnrollment[] }) {
  const refresh = useRefreshPrograms();
  const remove = useMutation({
    mutationFn: (enrollment: ProgramEnrollment) => removeEnrollment(program.id, enrollment.id),
    onSuccess: () => void refresh(),
  });
  return (
    <Stack gap="sm">
      {remove.error !== null && (
        <Alert color="red" variant="light" title="Could not remove" role="alert">
          {remove.error.message}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Name</Table.Th>
              <Table.Th scope="col">Title</Table.Th>
              <Table.Th scope="col">Tier</Table.Th>
              <Table.Th scope="col">Department</Table.Th>
              <Table.Th scope="col">Role</Table.Th>
              <Table.Th scope="col" ta="right">
                Capacity
              </Table.Th>
              {program.isEnrollmentOpen && (
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {enrollments.map((enrollment) => (
              <Table.Tr key={enrollment.id}>
                <Table.Td fw={600}>{enrollment.person.name}</Table.Td>
                <Table.Td>{enrollment.person.title}</Table.Td>
                <Table.Td>{tierLabels[enrollment.person.tier]}</Table.Td>
                <Table.Td>{enrollment.person.department}</Table.Td>
                <Table.Td>{enrollmentRoleLabels[enrollment.role]}</Table.Td>
                <Table.Td ta="right">{enrollment.capacity ?? '–'}</Table.Td>
                {program.isEnrollmentOpen && (
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="subtle"
                      color="red"
                      aria-label={`Remove ${enrollment.person.name}`}
                      loading={remove.isPending && remove.variables?.id === enrollment.id}
                      onClick={() => remove.mutate(enrollment)}
                    >
                      Remove
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

import { Alert, Badge, Button, Card, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { Colleague, Kudos } from '../../../contract/ongoing-feedback.js';
import { fieldErrors } from '../engagements/form-errors';
import { formatInstant } from '../engagements/engagement-view';
import { Section } from '../feedback/feedback-parts';
import { NavigationGate } from '../matching/requests-parts';
import { ColleagueAndCompetency } from './colleague-picker';
import { PagedItems, WrittenText } from './list-parts';
import { giveKudos, kudosKey, kudosQuery } from './ongoing-feedback-api';
import { kudosProblems, maxKudosLength, shownText, type KudosField } from './ongoing-feedback-view';

/** Who "their team" is, in the words the form and the page use. */
const teamSentence = "Their team is their manager, their manager's other direct reports and their own direct reports.";

/** `/kudos`: thank a colleague, for them alone or for their team to see too; read yours and your team's. */
export function KudosPage() {
  return (
    <NavigationGate path="/kudos">
      <KudosView />
    </NavigationGate>
  );
}

function KudosView() {
  useDocumentTitle('Kudos · Tandem');
  return (
    <Stack gap="xl" maw={960}>
      <Stack gap={4}>
        <Title order={1}>Kudos</Title>
        <Text c="dimmed">
          Thank a colleague for something they did. They are told in the app; you choose whether their team sees it too.
        </Text>
      </Stack>
      <GiveSection />
      <KudosList
        id="kudos-received"
        title="Kudos you received"
        label="Kudos you received"
        emptyText="No kudos yet."
        which="received"
      />
      <KudosList
        id="kudos-team"
        title="Your team's kudos"
        description="Kudos your manager, your peers under the same manager and your direct reports received, where the giver chose to show them to the team."
        label="Your team's kudos"
        emptyText="Nobody on your team has kudos to show yet."
        which="team"
      />
      <KudosList
        id="kudos-given"
        title="Kudos you gave"
        label="Kudos you gave"
        emptyText="You have not given kudos yet."
        which="given"
      />
    </Stack>
  );
}

// ---- Giving ----

const kudosFields: readonly string[] = ['toPersonId', 'message', 'competencyKey'] satisfies KudosField[];

function GiveSection() {
  // A new form after each send: the picker starts empty again.
  const [round, setRound] = useState(0);
  const [sent, setSent] = useState<Kudos | null>(null);
  return (
    <Section id="kudos-give" title="Give kudos">
      <KudosForm
        key={round}
        onSent={(kudos) => {
          setSent(kudos);
          setRound((value) => value + 1);
        }}
        onChange={() => setSent(null)}
      />
      {sent !== null && (
        <Text c="teal.8" role="status">
          {`Kudos sent to ${sent.recipient.name}${sent.visibleToTeam ? ', and shown to their team' : ''}.`}
        </Text>
      )}
    </Section>
  );
}

function KudosForm({ onSent, onChange }: { onSent: (kudos: Kudos) => void; onChange: () => void }) {
  const queryClient = useQueryClient();
  const [to, setTo] = useState<Colleague | null>(null);
  const [message, setMessage] = useState('');
  const [competencyKey, setCompetencyKey] = useState<string | null>(null);
  const [visibleToTeam, setVisibleToTeam] = useState(false);
  const [problems, setProblems] = useState<Partial<Record<KudosField, string>>>({});
  const send = useMutation({
    mutationFn: () =>
      giveKudos({ toPersonId: to!.id, message, visibleToTeam, ...(competencyKey === null ? {} : { competencyKey }) }),
    onSuccess: (kudos) => {
      void queryClient.invalidateQueries({ queryKey: kudosKey });
      onSent(kudos);
    },
  });
  const server = fieldErrors(send.error, (path) => kudosFields.includes(path));
  const errorOf = (field: KudosField) => problems[field] ?? server.fields[field];

  function changed(field?: KudosField) {
    if (field !== undefined) setProblems((current) => ({ ...current, [field]: undefined }));
    send.reset();
    onChange();
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = kudosProblems({ toPersonId: to?.id ?? null, message });
    setProblems(found);
    if (Object.keys(found).length === 0) send.mutate();
  }

  return (
    <form onSubmit={submit} noValidate aria-label="Give kudos">
      <Stack gap="sm">
        <ColleagueAndCompetency
          personLabel="Kudos for"
          person={to}
          onPerson={(colleague) => {
            setTo(colleague);
            changed('toPersonId');
          }}
          personError={errorOf('toPersonId')}
          competencyKey={competencyKey}
          onCompetency={(key) => {
            setCompetencyKey(key);
            changed('competencyKey');
          }}
          competencyError={errorOf('competencyKey')}
          isCompetencyOptional
        />
        <Textarea
          label="Message"
          description="What they did, and what it made possible."
          required
          autosize
          minRows={2}
          maxRows={6}
          maxLength={maxKudosLength}
          value={message}
          onChange={(event) => {
            setMessage(event.currentTarget.value);
            changed('message');
          }}
          error={errorOf('message')}
        />
        <Checkbox
          label="Show to their team"
          description={`Otherwise only they see it. ${teamSentence}`}
          checked={visibleToTeam}
          onChange={(event) => {
            setVisibleToTeam(event.currentTarget.checked);
            changed();
          }}
        />
        {server.general !== null && (
          <Alert color="red" variant="light" title="The kudos were not sent" role="alert">
            {server.general}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={send.isPending}>
            Send kudos
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

// ---- Lists ----

function KudosList({
  id,
  title,
  description,
  label,
  emptyText,
  which,
}: {
  id: string;
  title: string;
  description?: string;
  label: string;
  emptyText: string;
  which: 'received' | 'given' | 'team';
}) {
  const [page, setPage] = useState(1);
  const list = useQuery(kudosQuery(which, page));
  return (
    <Section id={id} title={title} {...(description === undefined ? {} : { description })}>
      <PagedItems query={list} page={page} onPageChange={setPage} label={label} emptyText={emptyText}>
        {(kudos) => <KudosCard kudos={kudos} />}
      </PagedItems>
    </Section>
  );
}

function KudosCard({ kudos }: { kudos: Kudos }) {
  return (
    <Card
      withBorder
      radius="md"
      padding="sm"
      component="article"
      aria-label={`Kudos from ${kudos.giver.name} to ${kudos.recipient.name}`}
    >
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600}>{`${kudos.giver.name} → ${kudos.recipient.name}`}</Text>
          <Group gap={4} style={{ flexShrink: 0 }}>
            {kudos.competency !== null && <Badge variant="light">{kudos.competency.label}</Badge>}
            <Badge variant="light" color={kudos.visibleToTeam ? 'teal' : 'gray'}>
              {kudos.visibleToTeam ? 'Team sees it' : 'Only for them'}
            </Badge>
          </Group>
        </Group>
        <WrittenText dimmed={kudos.message === ''}>{shownText(kudos.message)}</WrittenText>
        <Text size="xs" c="dimmed">
          {formatInstant(kudos.createdAt)}
        </Text>
      </Stack>
    </Card>
  );
}

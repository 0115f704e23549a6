import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { Session, SessionNote } from '../../../contract/index.js';
import { errorMessage } from '../people/server-errors';
import { sessionsKey, writeNote } from './sessions-api';

type PairSession = Session & { template: NonNullable<Session['template']> };

/**
 * The framework's sections, each with its opening question, the pair's shared note and the
 * reader's own private note; the general notes come last (the API lists them as a section).
 */
export function SessionNotes({ session, myPersonId }: { session: PairSession; myPersonId: string | null }) {
  const headingId = useId();
  const other = session.participants.find((person) => person.personId !== myPersonId);
  const names = new Map(session.participants.map((person) => [person.personId, person.name]));
  const shared = byKey(session.sharedNotes ?? []);
  const mine = byKey(session.myPrivateNotes ?? []);

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby={headingId}>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={2} size="h3" id={headingId}>
            {`Notes: ${session.template.title}`}
          </Title>
          <Text c="dimmed" size="sm">
            Shared notes are read by both of you and nobody else. Private notes are yours alone: not even{' '}
            {other?.name ?? 'the other person'} can read them.
          </Text>
        </Stack>
        {session.template.sections.map((section) => {
          const sharedNote = shared.get(section.key);
          const privateNote = mine.get(section.key);
          const sectionHeadingId = `${headingId}-${section.key}`;
          return (
            <Stack key={section.key} gap="xs" component="section" aria-labelledby={sectionHeadingId}>
              <Title order={3} size="h4" id={sectionHeadingId}>
                {section.title}
              </Title>
              {section.prompt !== '' && (
                <Text fs="italic" c="dimmed">
                  {section.prompt}
                </Text>
              )}
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                <NoteEditor
                  // A note written elsewhere replaces what this editor started from.
                  key={`shared:${sharedNote?.updatedAt ?? 'none'}`}
                  sessionId={session.id}
                  section={section.key}
                  visibility="shared"
                  note={sharedNote}
                  label="Shared note"
                  description={`Shared with ${other?.name ?? 'the other person'}`}
                  authorName={sharedNote === undefined ? undefined : names.get(sharedNote.authorPersonId)}
                />
                <NoteEditor
                  key={`private:${privateNote?.updatedAt ?? 'none'}`}
                  sessionId={session.id}
                  section={section.key}
                  visibility="private"
                  note={privateNote}
                  label="Private note"
                  description="Only you can read this"
                  authorName={undefined}
                />
              </SimpleGrid>
            </Stack>
          );
        })}
      </Stack>
    </Paper>
  );
}

function byKey(notes: readonly SessionNote[]): Map<string, SessionNote> {
  return new Map(notes.map((note) => [note.section, note]));
}

function NoteEditor({
  sessionId,
  section,
  visibility,
  note,
  label,
  description,
  authorName,
}: {
  sessionId: string;
  section: string;
  visibility: SessionNote['visibility'];
  note: SessionNote | undefined;
  label: string;
  description: string;
  authorName: string | undefined;
}) {
  const queryClient = useQueryClient();
  const saved = note?.body ?? '';
  const [body, setBody] = useState(saved);
  const save = useMutation({
    mutationFn: () => writeNote(sessionId, visibility, section, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });
  const isChanged = body !== saved;

  return (
    <Stack gap={6}>
      <Textarea
        label={label}
        description={description}
        autosize
        minRows={3}
        maxLength={20_000}
        value={body}
        onChange={(event) => setBody(event.currentTarget.value)}
        error={save.error === null ? undefined : errorMessage(save.error)}
      />
      <Group justify="space-between" gap="xs">
        <Text size="xs" c="dimmed">
          {isChanged ? 'Unsaved changes' : savedText(note, authorName)}
        </Text>
        <Button
          size="xs"
          variant={isChanged ? 'filled' : 'default'}
          disabled={!isChanged}
          loading={save.isPending}
          onClick={() => save.mutate()}
          aria-label={`Save ${label.toLowerCase()}`}
        >
          Save
        </Button>
      </Group>
    </Stack>
  );
}

function savedText(note: SessionNote | undefined, authorName: string | undefined): string {
  if (note === undefined) return 'Nothing written yet';
  const when = new Date(note.updatedAt).toLocaleString();
  return authorName === undefined ? `Saved ${when}` : `Last written by ${authorName}, ${when}`;
}

import { Alert, Button, Group, List, NumberInput, Paper, Radio, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { OrganizationSettings } from '../../../contract/privacy.js';
import { RecordPage } from '../../app/record-page';
import { AdminOnly } from '../people/admin-only';
import { splitServerError } from '../people/server-errors';
import { organizationSettingsQueryOptions, useSaveOrganizationSettings } from './settings-api';

// The contract's bounds, repeated: importing values from the contract would pull zod into the browser.
const minDays = 30;
const maxDays = 3650;

export function SettingsPage() {
  useDocumentTitle('Settings · Tandem');
  return (
    <AdminOnly>
      <Stack gap="xl" maw={880}>
        <Title order={1}>Settings</Title>
        <SettingsLoader />
      </Stack>
    </AdminOnly>
  );
}

function SettingsLoader() {
  const settings = useQuery(organizationSettingsQueryOptions);
  return (
    <RecordPage query={settings} what="the settings">
      {(loaded) => <RetentionForm settings={loaded} />}
    </RecordPage>
  );
}

function RetentionForm({ settings }: { settings: OrganizationSettings }) {
  const save = useSaveOrganizationSettings();
  const [isLimited, setIsLimited] = useState(settings.sessionNoteRetentionDays !== null);
  const [days, setDays] = useState<number | string>(settings.sessionNoteRetentionDays ?? 365);
  const [localError, setLocalError] = useState<string | null>(null);
  const [isSaved, setIsSaved] = useState(false);
  const { fields, general } = splitServerError(save.error, ['sessionNoteRetentionDays'] as const);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setIsSaved(false);
    if (isLimited && (typeof days !== 'number' || !Number.isInteger(days) || days < minDays || days > maxDays)) {
      return setLocalError(`Enter a whole number of days from ${minDays} to ${maxDays}.`);
    }
    setLocalError(null);
    save.mutate(
      { sessionNoteRetentionDays: isLimited ? (days as number) : null },
      { onSuccess: () => setIsSaved(true) },
    );
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="settings-retention">
      <form onSubmit={handleSubmit} noValidate aria-label="Session note retention">
        <Stack gap="md">
          <Title order={2} size="h3" id="settings-retention">
            Session note retention
          </Title>
          <Text size="sm">
            Session notes are the most confidential thing Tandem holds. You can have them deleted a set time after a
            mentoring relationship or coaching engagement is over, so they are not kept longer than they are needed.
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>
              Deleted: the shared notes, everyone&apos;s private notes and the agenda of every session of a relationship
              or engagement that was completed or ended early that many days ago or more.
            </List.Item>
            <List.Item>
              Kept: sessions&apos; times and statuses, action items, goals, progress checks and everything of pairs
              still under way.
            </List.Item>
            <List.Item>The check runs every night (02:30 UTC). Deleted notes cannot be brought back.</List.Item>
          </List>
          {general !== null && (
            <Alert color="red" variant="light" title="Could not save">
              {general}
            </Alert>
          )}
          <Radio.Group
            label="Session notes"
            value={isLimited ? 'limited' : 'keep'}
            onChange={(value) => {
              setIsLimited(value === 'limited');
              setIsSaved(false);
            }}
          >
            <Stack gap="xs" mt="xs">
              <Radio value="keep" label="Keep them until someone deletes them" />
              <Radio value="limited" label="Delete them a set number of days after the pair is over" />
            </Stack>
          </Radio.Group>
          {isLimited && (
            <NumberInput
              label="Days after the end"
              description={`From ${minDays} to ${maxDays} days.`}
              min={minDays}
              max={maxDays}
              allowDecimal={false}
              clampBehavior="none"
              value={days}
              onChange={(value) => {
                setDays(value);
                setIsSaved(false);
              }}
              error={localError ?? fields.sessionNoteRetentionDays}
              maw={220}
            />
          )}
          <Group gap="sm">
            <Button type="submit" loading={save.isPending}>
              Save
            </Button>
            {isSaved && (
              <Text size="sm" c="teal" role="status">
                Saved.
              </Text>
            )}
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

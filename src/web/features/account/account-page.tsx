import { Alert, Button, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useSession } from '../auth/use-session';
import { splitServerError } from '../people/server-errors';
import { useChangeEmail, useChangePassword } from './account-api';

// The server's rule, repeated here so the form can say so before sending.
const minimumPasswordLength = 8;

/** Every signed-in user's own account: change password, change email, each behind the current password. */
export function AccountPage() {
  useDocumentTitle('My account · Tandem');
  const { user } = useSession();
  return (
    <Stack gap="lg" maw={560}>
      <Stack gap={4}>
        <Title order={1}>My account</Title>
        <Text c="dimmed">{`Signed in as ${user.email}`}</Text>
      </Stack>
      <ChangePasswordForm />
      <ChangeEmailForm currentEmail={user.email} />
    </Stack>
  );
}

function ChangePasswordForm() {
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [checks, setChecks] = useState<{ newPassword?: string; repeated?: string }>({});
  const server = splitServerError(change.error, ['currentPassword', 'newPassword'] as const);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = {
      ...(newPassword.length < minimumPasswordLength
        ? { newPassword: `Use at least ${minimumPasswordLength} characters.` }
        : {}),
      ...(repeated !== newPassword ? { repeated: 'The two new passwords differ.' } : {}),
    };
    setChecks(found);
    if (Object.keys(found).length > 0) return;
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrentPassword('');
          setNewPassword('');
          setRepeated('');
        },
      },
    );
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="change-password-heading">
      <form onSubmit={handleSubmit} noValidate aria-label="Change password">
        <Stack gap="md">
          <Title order={2} size="h3" id="change-password-heading">
            Change password
          </Title>
          {change.isSuccess && (
            <Alert color="teal" variant="light" title="Password changed" role="status">
              Your other sessions have ended; sign in there again with the new password.
            </Alert>
          )}
          {server.general !== null && (
            <Alert color="red" variant="light" title="Could not change the password">
              {server.general}
            </Alert>
          )}
          <PasswordInput
            label="Current password"
            required
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={server.fields.currentPassword}
          />
          <PasswordInput
            label="New password"
            description={`At least ${minimumPasswordLength} characters`}
            required
            autoComplete="new-password"
            value={newPassword}
            onChange={(event) => setNewPassword(event.currentTarget.value)}
            error={checks.newPassword ?? server.fields.newPassword}
          />
          <PasswordInput
            label="Repeat the new password"
            required
            autoComplete="new-password"
            value={repeated}
            onChange={(event) => setRepeated(event.currentTarget.value)}
            error={checks.repeated}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending}>
              Change password
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function ChangeEmailForm({ currentEmail }: { currentEmail: string }) {
  const change = useChangeEmail();
  const [currentPassword, setCurrentPassword] = useState('');
  const [email, setEmail] = useState('');
  const server = splitServerError(change.error, ['currentPassword', 'email'] as const);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    change.mutate({ currentPassword, email }, { onSuccess: () => setCurrentPassword('') });
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="change-email-heading">
      <form onSubmit={handleSubmit} noValidate aria-label="Change email">
        <Stack gap="md">
          <Title order={2} size="h3" id="change-email-heading">
            Change email
          </Title>
          <Text size="sm">{`You sign in with ${currentEmail}. A new address must not be in use by anyone else.`}</Text>
          {change.isSuccess && (
            <Alert color="teal" variant="light" title="Email changed" role="status">
              {`From now on you sign in with ${change.data.user.email}.`}
            </Alert>
          )}
          {server.general !== null && (
            <Alert color="red" variant="light" title="Could not change the email">
              {server.general}
            </Alert>
          )}
          <TextInput
            label="New email"
            type="email"
            required
            autoComplete="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={server.fields.email}
          />
          <PasswordInput
            label="Current password"
            required
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.currentTarget.value)}
            error={server.fields.currentPassword}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={change.isPending}>
              Change email
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

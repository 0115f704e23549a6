import {
  Alert,
  Button,
  Chip,
  Divider,
  Fieldset,
  Group,
  Input,
  Modal,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { Role } from '../../../contract/roles.js';
import type { User, UserUpdate } from '../../../contract/users.js';
import { roleLabels } from '../auth/role-labels';
import { useSession } from '../auth/use-session';
import { errorMessage, splitServerError } from '../people/server-errors';
import { formatMoment } from './user-labels';
import { useEndSessions, useUpdateUser } from './users-api';

const roleOptions = Object.entries(roleLabels) as [Role, string][];

export type EditUserModalProps = { user: User; opened: boolean; onClose: () => void };

/** An admin's dialog for one user: name and roles, then whether and where they are signed in. */
export function EditUserModal({ user, opened, onClose }: EditUserModalProps) {
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={`Manage ${user.displayName}`}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {user.personName === null ? user.email : `${user.email} · ${user.personName}`}
        </Text>
        <UserForm user={user} onDone={onClose} />
        <Divider />
        <SignInSection user={user} />
      </Stack>
    </Modal>
  );
}

/** Only what the admin changed, so a save never rewrites what another admin just changed. */
function changesBetween(user: User, displayName: string, roles: Role[]): UserUpdate {
  const changes: UserUpdate = {};
  if (displayName.trim() !== user.displayName) changes.displayName = displayName.trim();
  const isSameRoles = roles.length === user.roles.length && roles.every((role) => user.roles.includes(role));
  if (!isSameRoles) changes.roles = roles;
  return changes;
}

function UserForm({ user, onDone }: { user: User; onDone: () => void }) {
  const update = useUpdateUser(user.id);
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const rolesErrorId = useId();
  const { fields: errors, general } = splitServerError(update.error, ['displayName', 'roles'] as const);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const changes = changesBetween(user, displayName, roles);
    if (Object.keys(changes).length === 0) return onDone();
    update.mutate(changes, { onSuccess: onDone });
  }

  return (
    <form onSubmit={handleSubmit} noValidate aria-label={`Edit ${user.displayName}`}>
      <Stack gap="md">
        {general !== null && (
          <Alert color="red" variant="light" title="Could not save the changes">
            {general}
          </Alert>
        )}
        <TextInput
          label="Display name"
          required
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={errors.displayName}
          data-autofocus
        />
        <Fieldset
          legend="Roles"
          variant="unstyled"
          aria-describedby={errors.roles === undefined ? undefined : rolesErrorId}
        >
          <Stack gap="xs">
            <Chip.Group multiple value={roles} onChange={(value) => setRoles(value as Role[])}>
              <Group gap="xs">
                {roleOptions.map(([role, label]) => (
                  <Chip key={role} value={role} variant="outline">
                    {label}
                  </Chip>
                ))}
              </Group>
            </Chip.Group>
            {errors.roles !== undefined && <Input.Error id={rolesErrorId}>{errors.roles}</Input.Error>}
          </Stack>
        </Fieldset>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone} disabled={update.isPending}>
            Cancel
          </Button>
          <Button type="submit" loading={update.isPending}>
            Save changes
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function SignInSection({ user }: { user: User }) {
  const { user: me } = useSession();
  const setDisabled = useUpdateUser(user.id);
  const endSessions = useEndSessions(user.id);
  const isSelf = me.id === user.id;
  const isDisabled = user.disabledAt !== null;
  const headingId = useId();
  const failure = setDisabled.error ?? endSessions.error;

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        Sign-in
      </Title>
      <Text size="sm">
        {isDisabled
          ? `Disabled since ${formatMoment(user.disabledAt!)}: ${user.displayName} cannot sign in.`
          : `${user.displayName} may sign in. Active sessions: ${user.activeSessionCount}. Disabling signs them out everywhere at once.`}
      </Text>
      {failure !== null && (
        <Alert color="red" variant="light" title="Could not change the sign-in">
          {errorMessage(failure)}
        </Alert>
      )}
      {endSessions.isSuccess && (
        <Text size="sm" role="status">
          {`All sessions of ${user.displayName} have ended.`}
        </Text>
      )}
      <Group gap="sm">
        {isDisabled ? (
          <Button
            variant="default"
            loading={setDisabled.isPending}
            onClick={() => {
              endSessions.reset();
              setDisabled.mutate({ isDisabled: false });
            }}
          >
            Enable sign-in
          </Button>
        ) : (
          <Button
            color="red"
            variant="light"
            loading={setDisabled.isPending}
            disabled={isSelf}
            title={isSelf ? 'You cannot disable your own account.' : undefined}
            onClick={() => {
              endSessions.reset();
              setDisabled.mutate({ isDisabled: true });
            }}
          >
            Disable sign-in
          </Button>
        )}
        <Button
          variant="default"
          loading={endSessions.isPending}
          onClick={() => {
            setDisabled.reset();
            endSessions.mutate();
          }}
        >
          End sessions
        </Button>
      </Group>
      {isSelf && (
        <Text size="xs" c="dimmed">
          This is you: another admin can disable your account or remove your admin role; you cannot.
        </Text>
      )}
    </Stack>
  );
}

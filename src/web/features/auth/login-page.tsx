import { Alert, Button, Center, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { isApiError } from '../../api/client';
import { toSafeRedirect } from './session';
import { useSignIn } from './use-session';

type Credentials = { email: string; password: string };
type FieldErrors = Partial<Record<keyof Credentials, string>>;

export function LoginPage() {
  useDocumentTitle('Sign in · Tandem');
  const { redirect } = useSearch({ from: '/login' });
  const navigate = useNavigate();
  const signIn = useSignIn();
  const [credentials, setCredentials] = useState<Credentials>({ email: '', password: '' });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  const serverField = fieldNamedBy(signIn.error);

  function update(field: keyof Credentials, value: string) {
    setCredentials((current) => ({ ...current, [field]: value }));
    setFieldErrors((current) => ({ ...current, [field]: undefined }));
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const errors = validate(credentials);
    setFieldErrors(errors);
    if (errors.email !== undefined) return emailInput.current?.focus();
    if (errors.password !== undefined) return passwordInput.current?.focus();
    signIn.mutate(
      { email: credentials.email.trim(), password: credentials.password },
      // Checked again here: this is the step that could send a user off-site.
      { onSuccess: () => void navigate({ href: toSafeRedirect(redirect) ?? '/', replace: true }) },
    );
  }

  return (
    <Center component="main" mih="100vh" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w="100%" maw={420}>
        <Stack gap="lg">
          {/* No h1 here on purpose: "the page's h1" then always means the page
              reached after sign-in, with no moment where both are on screen. */}
          <Stack gap={4}>
            <Text component="p" fz={28} fw={700} c="var(--mantine-primary-color-filled)">
              Tandem
            </Text>
            <Text c="dimmed">Leadership coaching and mentoring, in one place.</Text>
          </Stack>
          <Title order={2} size="h3">
            Sign in to your account
          </Title>

          {signIn.error !== null && (
            <Alert color="red" variant="light" title="Could not sign you in">
              {messageFor(signIn.error)}
            </Alert>
          )}

          {/* noValidate: our own checks give clearer messages than the browser's bubbles. */}
          <form onSubmit={handleSubmit} noValidate aria-label="Sign in">
            <Stack gap="md">
              <TextInput
                ref={emailInput}
                label="Email"
                type="email"
                name="email"
                autoComplete="username"
                autoFocus
                required
                value={credentials.email}
                onChange={(event) => update('email', event.currentTarget.value)}
                error={fieldErrors.email ?? serverField === 'email'}
              />
              {/* A plain input: Mantine's PasswordInput adds a show/hide button that is
                  not keyboard-reachable and whose label also matches "Password". */}
              <TextInput
                ref={passwordInput}
                label="Password"
                type="password"
                name="password"
                autoComplete="current-password"
                required
                value={credentials.password}
                onChange={(event) => update('password', event.currentTarget.value)}
                error={fieldErrors.password ?? serverField === 'password'}
              />
              <Button type="submit" fullWidth loading={signIn.isPending} disabled={signIn.isPending}>
                Sign in
              </Button>
            </Stack>
          </form>
        </Stack>
      </Paper>
    </Center>
  );
}

function validate({ email, password }: Credentials): FieldErrors {
  const errors: FieldErrors = {};
  if (email.trim() === '') errors.email = 'Enter your email.';
  if (password === '') errors.password = 'Enter your password.';
  return errors;
}

/** The input a 400 answer blames, from its dotted path such as `body.email`. */
function fieldNamedBy(error: unknown): keyof Credentials | undefined {
  if (!isApiError(error, 400) || error.field === undefined) return undefined;
  const name = error.field.split('.').at(-1);
  return name === 'email' || name === 'password' ? name : undefined;
}

function messageFor(error: unknown): string {
  if (!isApiError(error)) return 'Something went wrong. Try again.';
  // The per-field message reads better than a detail prefixed with `body.email:`.
  const firstFieldMessage = error.errors?.[0]?.message;
  if (error.status === 400 && firstFieldMessage !== undefined) return firstFieldMessage;
  if (error.detail !== undefined) return error.detail;
  if (error.status === 429) return 'Too many sign-in attempts. Wait a minute and try again.';
  if (error.status === 401) return 'Email or password is incorrect.';
  return error.title;
}

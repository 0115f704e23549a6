import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useSession } from '../auth/use-session';
import { myPersonalDataUrl } from './privacy-api';

/** Everyone's right to a copy of their data (GDPR articles 15 and 20), one click from home. */
export function MyDataSection() {
  const { user } = useSession();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="home-my-data">
      <Stack gap="sm" align="flex-start">
        <Title order={2} size="h4" id="home-my-data">
          Your data
        </Title>
        {user.personId === null ? (
          <Text size="sm" c="dimmed">
            Your login is not linked to a person of the directory, so Tandem keeps no personal record for you beyond the
            login itself.
          </Text>
        ) : (
          <>
            <Text size="sm">
              A copy of everything Tandem holds about you, as a JSON file: your record, programs, engagements, the
              sessions you took part in with their shared notes and your own private notes, and your weekly goals.
            </Text>
            <Button component="a" href={myPersonalDataUrl} download variant="default">
              Download my data
            </Button>
          </>
        )}
      </Stack>
    </Paper>
  );
}

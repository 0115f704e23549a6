import { Alert, Badge, Button, FileButton, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { InstrumentDocument, InstrumentList, InstrumentSummary } from '../../../contract/assessments.js';
import { apiGet, apiPost, isApiError } from '../../api/client';
import { RecordPage } from '../../app/record-page';
import { AdminOnly } from '../people/admin-only';

const instrumentsKey = ['instruments'] as const;
const kindLabels: Record<InstrumentSummary['kind'], string> = {
  leadership_360: 'Leadership 360',
  behavioural_profile: 'Behavioural profile',
  engagement_pulse: 'Engagement pulse',
  custom: 'Custom',
};

/** Admins see the questionnaires 360s can use, download any as JSON and import their own. */
export function InstrumentsPage() {
  useDocumentTitle('Instruments · Tandem');
  const instruments = useQuery({
    queryKey: instrumentsKey,
    queryFn: ({ signal }) => apiGet<InstrumentList>('/api/instruments', signal),
  });
  return (
    <AdminOnly>
      <Stack gap="xl" maw={1000}>
        <Title order={1}>Instruments</Title>
        <Text>
          The questionnaires of 360 feedback, behavioural profiles and team pulses. Tandem ships three, written for it;
          import one your organization holds the rights to as JSON, in the shape the downloads have. A version never
          changes once imported: answers refer to it, so import a change as the next version.
        </Text>
        <ImportInstrument />
        <RecordPage query={instruments} what="the instruments">
          {(loaded) => <InstrumentTable items={loaded.items} />}
        </RecordPage>
      </Stack>
    </AdminOnly>
  );
}

function InstrumentTable({ items }: { items: InstrumentSummary[] }) {
  return (
    <Table striped aria-label="Instruments">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Title</Table.Th>
          <Table.Th>Kind</Table.Th>
          <Table.Th>Key and version</Table.Th>
          <Table.Th>Scales</Table.Th>
          <Table.Th>Questions</Table.Th>
          <Table.Th>Source</Table.Th>
          <Table.Th aria-label="Download" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.map((item) => (
          <Table.Tr key={`${item.key}@${item.version}`}>
            <Table.Td>{item.title}</Table.Td>
            <Table.Td>{kindLabels[item.kind]}</Table.Td>
            <Table.Td>
              {item.key} v{item.version}
            </Table.Td>
            <Table.Td>{item.scaleCount}</Table.Td>
            <Table.Td>{item.itemCount}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={item.isShipped ? 'gray' : 'blue'}>
                {item.isShipped ? 'Shipped' : 'Imported'}
              </Badge>
            </Table.Td>
            <Table.Td>
              <DownloadButton item={item} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

function DownloadButton({ item }: { item: InstrumentSummary }) {
  const [failed, setFailed] = useState(false);
  async function download() {
    setFailed(false);
    try {
      const document = await apiGet<InstrumentDocument>(`/api/instruments/${item.key}/${item.version}`);
      const url = URL.createObjectURL(new Blob([JSON.stringify(document, null, 2)], { type: 'application/json' }));
      const link = Object.assign(window.document.createElement('a'), {
        href: url,
        download: `${item.key}-v${item.version}.json`,
      });
      link.click();
      URL.revokeObjectURL(url);
    } catch {
      setFailed(true);
    }
  }
  return (
    <Button size="xs" variant="subtle" onClick={() => void download()} aria-label={`Download ${item.title} as JSON`}>
      {failed ? 'Download failed, retry' : 'Download JSON'}
    </Button>
  );
}

/** The problem the server found, with the place in the file it names. */
function importMessage(error: unknown): string {
  if (!isApiError(error)) return 'The import failed. Try again.';
  return error.detail ?? error.title;
}

function ImportInstrument() {
  const queryClient = useQueryClient();
  const [fileError, setFileError] = useState<string | null>(null);
  const importing = useMutation({
    mutationFn: (json: unknown) => apiPost<InstrumentSummary>('/api/instruments', json),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: instrumentsKey }),
  });

  async function handleFile(file: File | null) {
    setFileError(null);
    importing.reset();
    if (!file) return;
    let json: unknown;
    try {
      json = JSON.parse(await file.text());
    } catch {
      setFileError(`${file.name} is not a JSON file.`);
      return;
    }
    importing.mutate(json);
  }

  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="import-instrument">
      <Stack gap="sm">
        <Title order={2} size="h3" id="import-instrument">
          Import an instrument
        </Title>
        <Group>
          <FileButton onChange={(file) => void handleFile(file)} accept="application/json,.json">
            {(props) => (
              <Button {...props} loading={importing.isPending}>
                Choose a JSON file
              </Button>
            )}
          </FileButton>
        </Group>
        {fileError !== null && (
          <Alert color="red" title="Not imported">
            {fileError}
          </Alert>
        )}
        {importing.isError && (
          <Alert color="red" title="Not imported">
            {importMessage(importing.error)}
          </Alert>
        )}
        {importing.isSuccess && (
          <Alert color="green" title="Imported">
            {importing.data.title} ({importing.data.key} v{importing.data.version}) can now be chosen for a 360.
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

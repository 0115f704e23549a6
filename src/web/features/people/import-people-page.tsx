import { Alert, Anchor, Button, FileInput, Group, Loader, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import type { ImportResult } from '../../../contract/people.js';
import { isApiError } from '../../api/client';
import { AdminOnly } from './admin-only';
import { countCsvRows } from './csv-records';
import { ImportColumns } from './import-columns';
import { ImportErrorTable, ImportSummary } from './import-result';
import { countOf, formatNumber } from './labels';
import { useImportPeople } from './people-api';

export function ImportPeoplePage() {
  return (
    <AdminOnly>
      <ImportPeople />
    </AdminOnly>
  );
}

type Mode = ImportResult['mode'];

/** Where a request stands: sending the file (with progress), then waiting while the server works. */
type Phase =
  | { step: 'idle' }
  | { step: 'uploading'; mode: Mode; loaded: number; total: number }
  | { step: 'processing'; mode: Mode };

// The server refuses bodies over 256 MiB; saying so before uploading saves a long wait.
const maxFileBytes = 256 * 1024 * 1024;

function ImportPeople() {
  useDocumentTitle('Import people · Tandem');
  const importPeople = useImportPeople();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [rowEstimate, setRowEstimate] = useState<number | null>(null);
  const [check, setCheck] = useState<ImportResult | null>(null);
  const [commit, setCommit] = useState<ImportResult | null>(null);
  const cancelRef = useRef<AbortController | null>(null);

  const isBusy = phase.step !== 'idle';
  const requestError = importPeople.error instanceof DOMException ? null : importPeople.error;

  function chooseFile(chosen: File | null) {
    cancelRef.current?.abort();
    importPeople.reset();
    setFile(chosen);
    setCheck(null);
    setCommit(null);
    setRowEstimate(null);
    setFileError(chosen !== null && chosen.size > maxFileBytes ? 'The file is larger than 256 MiB.' : null);
  }

  function send(mode: Mode) {
    if (file === null) {
      setFileError('Choose a CSV file first.');
      return;
    }
    if (fileError !== null) return;
    const controller = new AbortController();
    cancelRef.current = controller;
    setPhase({ step: 'uploading', mode, loaded: 0, total: file.size });
    if (mode === 'validate') {
      setCheck(null);
      setCommit(null);
      countCsvRows(file, controller.signal).then(setRowEstimate, () => setRowEstimate(null));
    }
    importPeople.mutate(
      {
        file,
        mode,
        signal: controller.signal,
        onUploadProgress: ({ loaded, total }) =>
          setPhase((current) => (current.step === 'uploading' ? { ...current, loaded, total } : current)),
        onUploaded: () => setPhase({ step: 'processing', mode }),
      },
      {
        onSuccess: (result) => (mode === 'validate' ? setCheck(result) : setCommit(result)),
        onError: (error) => {
          if (isApiError(error) && error.field === 'body') setFileError(error.message);
        },
        onSettled: () => setPhase({ step: 'idle' }),
      },
    );
  }

  const canCommit = check !== null && check.totalErrors === 0 && check.rows > 0 && commit === null;
  const shown = commit ?? check;
  // A problem with the file itself goes next to the file input, the rest in an alert.
  const alertError = requestError !== null && !(isApiError(requestError) && requestError.field === 'body');

  return (
    <Stack gap="xl" maw={960}>
      <Stack gap={4}>
        <Anchor component={Link} to="/people" size="sm">
          ← People
        </Anchor>
        <Title order={1}>Import people</Title>
        <Text c="dimmed">
          Add or update the people of your organization from a CSV file. Check the file first: nothing is saved until
          you import it, and an import saves every row or none.
        </Text>
      </Stack>

      <ImportColumns />

      <Paper withBorder radius="md" p="lg" component="section" aria-label="Upload">
        <Stack gap="md">
          <FileInput
            label="CSV file"
            placeholder="Choose a .csv file"
            accept=".csv,text/csv"
            value={file}
            onChange={chooseFile}
            error={fileError}
            clearable
            clearButtonProps={{ 'aria-label': 'Remove the file' }}
            disabled={isBusy}
            maw={480}
          />
          <Group gap="sm">
            <Button
              onClick={() => send('validate')}
              disabled={file === null || isBusy}
              variant={canCommit ? 'default' : 'filled'}
            >
              Check file
            </Button>
            {canCommit && (
              <Button onClick={() => send('commit')} disabled={isBusy}>
                {`Import ${countOf(check.rows, 'person', 'people')}`}
              </Button>
            )}
            {phase.step === 'uploading' && phase.mode === 'validate' && (
              <Button variant="subtle" color="gray" onClick={() => cancelRef.current?.abort()}>
                Cancel
              </Button>
            )}
          </Group>
          <PhaseIndicator phase={phase} rowEstimate={rowEstimate} rowsToImport={check?.rows ?? null} />
        </Stack>
      </Paper>

      {alertError && (
        <Alert color="red" variant="light" title="The file could not be sent">
          {requestError.message}
        </Alert>
      )}

      {!isBusy && shown !== null && <ImportOutcome result={shown} />}
    </Stack>
  );
}

function PhaseIndicator({
  phase,
  rowEstimate,
  rowsToImport,
}: {
  phase: Phase;
  rowEstimate: number | null;
  rowsToImport: number | null;
}) {
  if (phase.step === 'idle') return null;
  if (phase.step === 'uploading') {
    const percent = phase.total === 0 ? 0 : Math.round((phase.loaded / phase.total) * 100);
    return (
      <Stack gap={4} maw={480}>
        <Progress value={percent} aria-label="Upload progress" />
        <Text size="sm" c="dimmed">
          {`Uploading… ${percent}%`}
        </Text>
      </Stack>
    );
  }
  const message =
    phase.mode === 'commit'
      ? rowsToImport === null
        ? 'Importing…'
        : `Importing ${countOf(rowsToImport, 'person', 'people')}…`
      : rowEstimate === null
        ? 'Checking the file…'
        : `Checking ${countOf(rowEstimate, 'row', 'rows')}…`;
  return (
    <Group gap="sm" role="status">
      <Loader size="sm" aria-hidden />
      <Text>{message}</Text>
    </Group>
  );
}

function ImportOutcome({ result }: { result: ImportResult }) {
  const hasProblems = result.totalErrors > 0;
  return (
    <Stack gap="lg" component="section" aria-label={result.mode === 'validate' ? 'Check result' : 'Import result'}>
      {result.isCommitted ? (
        <Alert color="green" variant="light" title="Import complete" role="status">
          <Stack gap={6} align="flex-start">
            <Text size="sm">
              {`${countOf(result.rows, 'row was', 'rows were')} imported: ${formatNumber(result.created)} created, ${formatNumber(result.updated)} updated, ${formatNumber(result.unchanged)} unchanged.`}
            </Text>
            <Anchor component={Link} to="/people" size="sm">
              Back to People
            </Anchor>
          </Stack>
        </Alert>
      ) : hasProblems ? (
        <Alert
          color="red"
          variant="light"
          title={result.mode === 'commit' ? 'Nothing was imported' : 'The file has problems'}
        >
          {`Found ${countOf(result.totalErrors, 'problem', 'problems')}. Fix them in the file, choose it again and check it; nothing has been saved.`}
        </Alert>
      ) : result.rows === 0 ? (
        <Alert color="yellow" variant="light" title="The file has no rows">
          The file has a header but no people in it.
        </Alert>
      ) : (
        <Alert color="blue" variant="light" title="The file is ready to import" role="status">
          {`No problems found in ${countOf(result.rows, 'row', 'rows')}. Nothing has been saved yet.`}
        </Alert>
      )}
      <ImportSummary result={result} />
      {hasProblems && <ImportErrorTable result={result} />}
    </Stack>
  );
}

import { LabelledRows } from '../../ui/labelled-rows';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NumberInput,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Stepper,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useRef, useState } from 'react';
import type {
  ProgramPurpose,
  ProgramSessionCadence,
  ProgramSessionFramework,
  ProgramType,
  Tier,
} from '../../../contract/index.js';
import { frameworksFor } from '../../../domain/programs/index.js';
import { isApiError } from '../../api/client';
import { OutcomesEditor } from './outcomes-editor';
import { PersonPicker } from './person-picker';
import {
  emptyDraft,
  fieldMessageOf,
  firstIncompleteStep,
  formFieldOf,
  hasCoaching,
  stepOfField,
  toProgramCreate,
  validateStep,
  withType,
  wizardSteps,
  type FieldErrors,
  type ProgramDraft,
} from './program-form';
import {
  cadenceLabels,
  frameworkLabels,
  optionsOf,
  outcomeKindLabels,
  programPurposeLabels,
  programTypeLabels,
  tierLabels,
} from './program-labels';
import { createProgram, programsKey } from './programs-api';
import { ProgramsGate } from './programs-gate';

export function ProgramWizardPage() {
  return (
    <ProgramsGate>
      <ProgramWizard />
    </ProgramsGate>
  );
}

const stepTitles: Record<(typeof wizardSteps)[number], { label: string; question: string }> = {
  purpose: { label: 'Purpose', question: 'Succession pipeline or urgent performance gaps?' },
  tiers: { label: 'Tier', question: 'Which tier?' },
  outcomes: { label: 'Outcomes', question: 'Which outcomes define success?' },
  details: { label: 'Details', question: 'Name, approach, sponsor and calendar' },
  review: { label: 'Review', question: 'Review and create' },
};

/**
 * Designs a program: the three design questions first, each on its own step (purpose, tier,
 * outcomes), then the rest, then a review. Nothing is saved until "Create program".
 */
function ProgramWizard() {
  useDocumentTitle('New program · Tandem');
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ProgramDraft>(emptyDraft);
  const [active, setActive] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const headingRef = useRef<HTMLHeadingElement>(null);
  const step = wizardSteps[active]!;

  const create = useMutation({
    mutationFn: createProgram,
    onSuccess: (program) => {
      void queryClient.invalidateQueries({ queryKey: programsKey });
      void navigate({ to: '/programs/$programId', params: { programId: program.id } });
    },
    onError: (error) => {
      const field = isApiError(error) ? formFieldOf(error.field) : undefined;
      if (field === undefined || !isApiError(error)) return;
      // Take the admin back to the question the server refused, with its message beside the field.
      setErrors({ [field]: fieldMessageOf(error) });
      goTo(wizardSteps.indexOf(stepOfField(field)));
    },
  });

  function change(update: Partial<ProgramDraft>) {
    setDraft((current) => ({ ...current, ...update }));
    setErrors((current) => {
      const kept = { ...current };
      for (const key of Object.keys(update)) {
        for (const field of Object.keys(kept)) if (field === key || field.startsWith(`${key}.`)) delete kept[field];
      }
      // A changed date can settle the other date's complaint.
      if ('startDate' in update || 'endDate' in update) {
        delete kept.startDate;
        delete kept.endDate;
      }
      return kept;
    });
  }

  function goTo(index: number) {
    setActive(index);
    // Move focus to the new question so screen readers announce it.
    requestAnimationFrame(() => headingRef.current?.focus());
  }

  function next() {
    const found = validateStep(step, draft);
    setErrors(found);
    if (Object.keys(found).length === 0) goTo(active + 1);
  }

  function submit() {
    const incomplete = firstIncompleteStep(draft);
    if (incomplete !== null) {
      setErrors(validateStep(incomplete, draft));
      goTo(wizardSteps.indexOf(incomplete));
      return;
    }
    create.mutate(toProgramCreate(draft));
  }

  const serverAlert =
    create.error !== null && formFieldOf(isApiError(create.error) ? create.error.field : undefined) === undefined;

  return (
    <Stack gap="lg" maw={880}>
      <Title order={1}>New program</Title>
      <Stepper
        active={active}
        onStepClick={(index) => index < active && goTo(index)}
        allowNextStepsSelect={false}
        size="sm"
        wrap
      >
        {wizardSteps.map((name) => (
          <Stepper.Step key={name} label={stepTitles[name].label} />
        ))}
      </Stepper>

      <Stack gap="md" component="section" aria-labelledby="wizard-question">
        <Title order={2} size="h3" id="wizard-question" ref={headingRef} tabIndex={-1}>
          {stepTitles[step].question}
        </Title>
        {step === 'purpose' && <PurposeStep draft={draft} change={change} errors={errors} />}
        {step === 'tiers' && <TiersStep draft={draft} change={change} errors={errors} />}
        {step === 'outcomes' && (
          <>
            <Text c="dimmed">
              Name the behavioural and business results that will tell whether the program worked, where each stands
              today and where it should get to. Measurement starts on day one.
            </Text>
            <OutcomesEditor outcomes={draft.outcomes} onChange={(outcomes) => change({ outcomes })} errors={errors} />
          </>
        )}
        {step === 'details' && <DetailsStep draft={draft} change={change} errors={errors} />}
        {step === 'review' && <ReviewStep draft={draft} />}
      </Stack>

      {serverAlert && (
        <Alert color="red" variant="light" title="Could not create the program" role="alert">
          {create.error.message}
        </Alert>
      )}

      <Group justify="space-between">
        <Button variant="default" onClick={() => goTo(active - 1)} disabled={active === 0 || create.isPending}>
          Back
        </Button>
        {step === 'review' ? (
          <Button onClick={submit} loading={create.isPending}>
            Create program
          </Button>
        ) : (
          <Button onClick={next}>Next</Button>
        )}
      </Group>
    </Stack>
  );
}

type StepProps = { draft: ProgramDraft; change: (update: Partial<ProgramDraft>) => void; errors: FieldErrors };

function PurposeStep({ draft, change, errors }: StepProps) {
  return (
    <>
      <Radio.Group
        label="Purpose"
        description="What the program is for shapes everything after it: who takes part, how, and for how long."
        value={draft.purpose}
        onChange={(purpose) => change({ purpose: purpose as ProgramPurpose })}
        error={errors.purpose}
        required
      >
        <Stack gap="sm" mt="xs">
          {(Object.keys(programPurposeLabels) as ProgramPurpose[]).map((purpose) => (
            <Radio
              key={purpose}
              value={purpose}
              label={programPurposeLabels[purpose].label}
              description={programPurposeLabels[purpose].description}
            />
          ))}
        </Stack>
      </Radio.Group>
      {draft.purpose === 'other' && (
        <Textarea
          label="Describe the purpose"
          required
          maxLength={500}
          autosize
          minRows={2}
          value={draft.purposeDescription}
          onChange={(event) => change({ purposeDescription: event.currentTarget.value })}
          error={errors.purposeDescription}
        />
      )}
    </>
  );
}

function TiersStep({ draft, change, errors }: StepProps) {
  return (
    <Checkbox.Group
      label="Leadership tiers"
      description="Choose every tier the program develops."
      value={draft.targetTiers}
      onChange={(tiers) => change({ targetTiers: tiers as Tier[] })}
      error={errors.targetTiers}
      required
    >
      <Stack gap="sm" mt="xs">
        {optionsOf(tierLabels).map((tier) => (
          <Checkbox key={tier.value} value={tier.value} label={tier.label} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

function DetailsStep({ draft, change, errors }: StepProps) {
  const frameworks = draft.type === null ? [] : frameworksFor(draft.type);
  return (
    <>
      <TextInput
        label="Name"
        required
        maxLength={200}
        value={draft.name}
        onChange={(event) => change({ name: event.currentTarget.value })}
        error={errors.name}
      />
      <Radio.Group
        label="Approach"
        description="Coaching closes near-term gaps; mentoring builds long-term perspective; both can run at once."
        required
        value={draft.type}
        onChange={(type) => setType(type as ProgramType)}
        error={errors.type}
      >
        <Group gap="lg" mt="xs">
          {optionsOf(programTypeLabels).map((type) => (
            <Radio key={type.value} value={type.value} label={type.label} />
          ))}
        </Group>
      </Radio.Group>
      <PersonPicker
        label="Executive sponsor"
        description="A leader who takes part in the program, not only endorses it."
        required
        value={draft.sponsor}
        onChange={(sponsor) => change({ sponsor })}
        error={errors.sponsorPersonId}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          label="Start date"
          type="date"
          required
          value={draft.startDate}
          onChange={(event) => change({ startDate: event.currentTarget.value })}
          error={errors.startDate}
        />
        <TextInput
          label="End date"
          type="date"
          required
          value={draft.endDate}
          onChange={(event) => change({ endDate: event.currentTarget.value })}
          error={errors.endDate}
        />
        <Select
          label="Session cadence"
          required
          data={optionsOf(cadenceLabels)}
          value={draft.sessionCadence}
          onChange={(cadence) => change({ sessionCadence: cadence as ProgramSessionCadence | null })}
          error={errors.sessionCadence}
        />
        <Select
          label="Session framework"
          description={draft.type === null ? 'Choose the approach first.' : undefined}
          required
          disabled={draft.type === null}
          data={frameworks.map((framework) => ({ value: framework, label: frameworkLabels[framework] }))}
          value={draft.sessionFramework}
          onChange={(framework) => change({ sessionFramework: framework as ProgramSessionFramework | null })}
          error={errors.sessionFramework}
        />
        {hasCoaching(draft.type) && (
          <>
            <NumberInput
              label="Coaching engagements last at least (months)"
              description="Typically 6"
              required
              min={1}
              max={36}
              allowDecimal={false}
              value={draft.engagementMinMonths}
              onChange={(value) => change({ engagementMinMonths: value })}
              error={errors['engagementMonths.min']}
            />
            <NumberInput
              label="and at most (months)"
              description="Typically 12"
              required
              min={1}
              max={36}
              allowDecimal={false}
              value={draft.engagementMaxMonths}
              onChange={(value) => change({ engagementMaxMonths: value })}
              error={errors['engagementMonths.max']}
            />
          </>
        )}
      </SimpleGrid>
    </>
  );

  function setType(type: ProgramType) {
    const typed = withType(draft, type);
    change({ type, sessionFramework: typed.sessionFramework, sessionCadence: typed.sessionCadence });
  }
}

function ReviewStep({ draft }: { draft: ProgramDraft }) {
  const purpose = draft.purpose === null ? '' : programPurposeLabels[draft.purpose].label;
  const rows: [string, string][] = [
    ['Name', draft.name.trim()],
    ['Purpose', draft.purpose === 'other' ? `${purpose}: ${draft.purposeDescription.trim()}` : purpose],
    ['Tiers', draft.targetTiers.map((tier) => tierLabels[tier]).join(', ')],
    ['Approach', draft.type === null ? '' : programTypeLabels[draft.type]],
    ['Executive sponsor', draft.sponsor ? `${draft.sponsor.name} (${draft.sponsor.title})` : ''],
    ['Dates', `${draft.startDate} to ${draft.endDate}`],
    ['Session cadence', draft.sessionCadence === null ? '' : cadenceLabels[draft.sessionCadence]],
    ['Session framework', draft.sessionFramework === null ? '' : frameworkLabels[draft.sessionFramework]],
    ...(hasCoaching(draft.type)
      ? [
          ['Coaching engagements', `${draft.engagementMinMonths} to ${draft.engagementMaxMonths} months`] as [
            string,
            string,
          ],
        ]
      : []),
  ];
  return (
    <Stack gap="md">
      <LabelledRows rows={rows} />
      <Title order={3} size="h4">
        Outcomes that define success
      </Title>
      <List>
        {draft.outcomes.map((outcome) => (
          <List.Item key={outcome.key}>
            {`${outcome.name.trim()} (${outcomeKindLabels[outcome.kind].toLowerCase()}): from ${outcome.baseline} to ${outcome.target} ${outcome.unit.trim()}`}
          </List.Item>
        ))}
      </List>
      <Text c="dimmed" size="sm">
        The program starts as a draft. Open enrollment from its page when you are ready.
      </Text>
    </Stack>
  );
}

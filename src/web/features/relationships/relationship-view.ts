import type {
  ProgramSessionCadence,
  Relationship,
  RelationshipAgreementInput,
  RelationshipStatus,
} from '../../../contract/index.js';

// Words and small shapes for the mentoring pages, kept free of React so they are easy to test.

export const relationshipStatusLabels: Record<RelationshipStatus, string> = {
  proposed: 'Proposed',
  active: 'Active',
  completed: 'Completed',
  ended_early: 'Ended early',
};

export const relationshipStatusColors: Record<RelationshipStatus, string> = {
  proposed: 'yellow',
  active: 'green',
  completed: 'blue',
  ended_early: 'gray',
};

export const endingKindLabels: Record<NonNullable<Relationship['ending']>['kind'], string> = {
  no_fault_exit: 'No-fault exit',
  concluded_inactive: 'Ended after a long silence',
  other: 'Ended early',
};

type Side = 'mentor' | 'mentee';

/** The other side of the pair, seen from `side`. */
export function otherSide(side: Side): Side {
  return side === 'mentor' ? 'mentee' : 'mentor';
}

/** "3 of 5 done" or "Complete". */
export function trainingProgress(checklist: Relationship['training']['mentor']): string {
  if (checklist.isComplete) return 'Complete';
  const ticked = checklist.items.filter((item) => item.isTicked).length;
  return `${ticked} of ${checklist.items.length} done`;
}

/**
 * What still stands between a proposed relationship and its start, in words, seen by `viewer`
 * (who is "you"); empty when it may start.
 *
 * @example startBlockers(relationship, 'mentee') // ['Write the agreement.', 'Your training checklist is not complete.']
 */
export function startBlockers(
  relationship: Pick<Relationship, 'agreement' | 'signatures' | 'training' | 'mentor' | 'mentee'>,
  viewer: Side | 'admin',
  hasAgreement = relationship.agreement !== null,
): string[] {
  const blockers: string[] = [];
  const name = (side: Side) => (side === viewer ? 'You' : relationship[side].name);
  if (!hasAgreement) blockers.push('Write the agreement.');
  for (const side of ['mentor', 'mentee'] as const) {
    if (hasAgreement && relationship.signatures[side] === null) {
      blockers.push(
        side === viewer ? 'You have not signed the agreement.' : `${name(side)} has not signed the agreement.`,
      );
    }
  }
  for (const side of ['mentor', 'mentee'] as const) {
    if (!relationship.training[side].isComplete) {
      blockers.push(
        side === viewer
          ? 'Your training checklist is not complete.'
          : `The training checklist of ${name(side)} is not complete.`,
      );
    }
  }
  return blockers;
}

/** The agreement form's starting values: the current agreement, or a blank one at the program's cadence. */
export function agreementDraft(
  relationship: Pick<Relationship, 'agreement' | 'cadence' | 'startDate' | 'endDate'>,
): RelationshipAgreementInput {
  const { agreement } = relationship;
  if (agreement !== null) return { ...agreement, topics: agreement.topics.length > 0 ? [...agreement.topics] : [''] };
  const cadence: ProgramSessionCadence = relationship.cadence ?? 'monthly';
  return {
    confidentialityNorms: '',
    cadence,
    startDate: relationship.startDate ?? '',
    endDate: relationship.endDate ?? '',
    topics: [''],
  };
}

/** The draft as the API takes it: blank topic rows (an editor's spare line) are left out. */
export function toAgreementInput(draft: RelationshipAgreementInput): RelationshipAgreementInput {
  return {
    confidentialityNorms: draft.confidentialityNorms.trim(),
    cadence: draft.cadence,
    startDate: draft.startDate,
    endDate: draft.endDate,
    topics: draft.topics.map((topic) => topic.trim()).filter((topic) => topic !== ''),
  };
}

/** What the signed-in side should do next, in a few words. */
export function nextStep(
  relationship: Pick<Relationship, 'status' | 'agreement' | 'signatures' | 'training' | 'myRole'>,
): string {
  switch (relationship.status) {
    case 'proposed': {
      if (relationship.myRole === 'admin') return 'Being set up';
      const side = relationship.myRole;
      if (relationship.agreement === null) return 'Write the agreement';
      if (relationship.signatures[side] === null) return 'Sign the agreement';
      if (!relationship.training[side].isComplete) return 'Finish your training';
      const other = side === 'mentor' ? 'mentee' : 'mentor';
      if (relationship.signatures[other] === null || !relationship.training[other].isComplete) {
        return `Waiting for the ${other}`;
      }
      return 'Start the relationship';
    }
    case 'active':
      return 'Under way';
    case 'completed':
    case 'ended_early':
      return 'Closed';
  }
}

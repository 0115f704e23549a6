import type { PairScore } from '../score/index.js';
import type { ScoringSettings } from './propose.js';

/** Below this a factor is worth a warning on the review board. */
const weakFactor = 0.35;
/** Below this the whole pair is. */
const lowScore = 40;

function factorWarning(factor: string, settings: ScoringSettings): string | null {
  switch (factor) {
    case 'complementaryFit':
      return 'Little strength where the mentee wants to grow';
    case 'seniorityGap':
      return 'Seniority gap too small or too large';
    case 'functionFit':
      return settings.mentoring.functionPreference === 'cross_functional'
        ? 'Same function, though the program asks for cross-functional pairs'
        : 'Different function and industry, though the program asks for the same';
    case 'timeZoneOverlap':
      return 'Working hours barely overlap';
    case 'sharedLanguage':
      return 'No shared language';
    case 'preferences':
      return 'Not among either side’s choices';
    case 'specialtyFit':
      return 'The coach does not specialise in what the leader must build';
    case 'clientSeniority':
      return 'The coach does not usually coach leaders at this tier';
    default:
      return null;
  }
}

/** What an admin should look at before publishing a pair: weak factors that count, and a low score. */
export function pairWarnings(score: PairScore<string>, settings: ScoringSettings): string[] {
  const warnings = score.factors
    .filter((factor) => factor.weight > 0 && factor.value < weakFactor)
    .map((factor) => factorWarning(factor.factor, settings))
    .filter((warning): warning is string => warning !== null);
  // Rounded down: 39.6 must not read as 'Low score (40 of 100)' when 40 is the bar.
  if (score.score < lowScore) warnings.unshift(`Low score (${Math.floor(score.score)} of 100)`);
  return warnings;
}

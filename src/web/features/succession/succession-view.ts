// What the succession pages show, worked out without React so it is tested directly.
import type { BenchStrength, KeyPosition } from '../../../contract/succession.js';

export const criticalityLabels: Record<KeyPosition['criticality'], string> = {
  critical: 'Critical',
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};
export const criticalityColors: Record<KeyPosition['criticality'], string> = {
  critical: 'red',
  high: 'orange',
  medium: 'yellow',
  low: 'gray',
};
export const leavingRiskLabels: Record<KeyPosition['incumbentLeavingRisk'], string> = {
  high: 'High risk of leaving',
  medium: 'Medium risk of leaving',
  low: 'Low risk of leaving',
};

/** "60%" (or "—" without positions). */
export function shareLabel(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** "3 of 5 key positions have a successor ready now." */
export function coverSentence(bench: Pick<BenchStrength, 'positions' | 'covered'>): string {
  if (bench.positions === 0) return 'No key positions yet.';
  const noun = bench.positions === 1 ? 'key position has' : 'key positions have';
  return `${bench.covered} of ${bench.positions} ${noun} a successor ready now.`;
}

const monthFormat = new Intl.DateTimeFormat('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** The trend's points as chart labels ("Dec 2025") and percentages, null where there was no position. */
export function trendSeries(trend: BenchStrength['trend']): { labels: string[]; values: (number | null)[] } {
  return {
    labels: trend.map((point) => monthFormat.format(new Date(`${point.date}T00:00:00Z`))),
    values: trend.map((point) => (point.share === null ? null : Math.round(point.share * 1000) / 10)),
  };
}

/** A position needs attention first when nobody is ready now and its incumbent may well leave. */
export function isAtRisk(position: Pick<KeyPosition, 'bench' | 'incumbentLeavingRisk' | 'criticality'>): boolean {
  return (
    position.bench.isUncovered &&
    position.incumbentLeavingRisk === 'high' &&
    (position.criticality === 'critical' || position.criticality === 'high')
  );
}

/** The form's draft of a key position, as strings and choices, before it is checked. */
export type PositionDraft = {
  title: string;
  incumbent: { id: string; name: string } | null;
  criticality: KeyPosition['criticality'];
  incumbentLeavingRisk: KeyPosition['incumbentLeavingRisk'];
  requiredCompetencies: string[];
};

export function draftOf(position: KeyPosition | null): PositionDraft {
  return position === null
    ? { title: '', incumbent: null, criticality: 'high', incumbentLeavingRisk: 'medium', requiredCompetencies: [] }
    : {
        title: position.title,
        incumbent: position.incumbent,
        criticality: position.criticality,
        incumbentLeavingRisk: position.incumbentLeavingRisk,
        requiredCompetencies: position.requiredCompetencies,
      };
}

/** The body for the API, or the fields to fix first. */
export function toPositionInput(draft: PositionDraft) {
  const title = draft.title.trim();
  if (title.length === 0) return { body: null, errors: { title: 'Give the position a title.' } } as const;
  return {
    body: {
      title,
      incumbentPersonId: draft.incumbent?.id ?? null,
      criticality: draft.criticality,
      incumbentLeavingRisk: draft.incumbentLeavingRisk,
      requiredCompetencies: draft.requiredCompetencies,
    },
    errors: null,
  } as const;
}

const weekMs = 7 * 24 * 60 * 60_000;

/**
 * The week a session's feedback prompt asks about: the seven days (168 hours) up to the moment
 * it was asked, the start included and the moment itself not.
 * @example feedbackPromptWindow(new Date('2026-11-25T12:00:00Z')).from // 2026-11-18T12:00:00.000Z
 */
export function feedbackPromptWindow(askedAt: Date): { from: Date; to: Date } {
  return { from: new Date(askedAt.getTime() - weekMs), to: askedAt };
}

import type { Instrument } from '../instrument.js';
import { behaviouralProfile } from './behavioural-profile.js';
import { engagementPulse } from './engagement-pulse.js';
import { leadership360 } from './leadership-360.js';

export { behaviouralProfile, engagementPulse, leadership360 };

/** Every instrument Tandem ships, each with its key and version 1. */
export const shippedInstruments: Instrument[] = [leadership360, behaviouralProfile, engagementPulse];

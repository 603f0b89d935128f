import type { ClaimSettings } from './claims/settings';
import type { FuzzySettings } from './fuzzy';
import type { Strictness } from './types';

export interface MatchSettings {
  /** Null: no fuzzy matching at all. */
  fuzzy: FuzzySettings | null;
  claims: ClaimSettings;
}

export const STRICTNESS_SETTINGS: Record<Strictness, MatchSettings> = {
  strict: { fuzzy: null, claims: { minShared: 3, minScore: 0.45 } },
  balanced: {
    fuzzy: { minSimilarity: 0.8, minLength: 5 },
    // Below strict's floor: a claim must also be about the sentence's subject and agree with it.
    claims: { minShared: 2, minScore: 0.33 },
  },
  loose: { fuzzy: { minSimilarity: 0.7, minLength: 5 }, claims: { minShared: 2, minScore: 0.25 } },
};

import { SEED_TABLES, type RfmTables } from './rfm';

/** The band presets offered by name (SPEC.md, "Presets"). `quintile` is data-driven and lives apart. */
export const RFM_PRESETS: Readonly<Record<'seed' | 'five' | 'manufacturing', RfmTables>> = {
  // Seed 002, scores 5/3/1: the default.
  seed: SEED_TABLES,
  // Ours: 1-5 with R 30/60/90/180 days, F 2/4/6/9, M 100k/200k/350k/500k as the edges of scores 2..5.
  five: {
    r: { from: [0, 31, 61, 91, 181], score: [5, 4, 3, 2, 1] },
    f: { from: [0, 2, 4, 6, 9], score: [1, 2, 3, 4, 5] },
    m: { from: [0, 100_000, 200_000, 350_000, 500_000], score: [1, 2, 3, 4, 5] },
  },
  // Seed 000: active when R <= 180 days, F >= 3 a year, M >= 500,000 in six months; scores 5 or 1.
  manufacturing: {
    r: { from: [0, 181], score: [5, 1] },
    f: { from: [0, 3], score: [1, 5] },
    m: { from: [0, 500_000], score: [1, 5] },
  },
};

/** Names a band-table argument may take instead of a range. */
export type PresetName = keyof typeof RFM_PRESETS;
export const PRESET_NAMES = Object.keys(RFM_PRESETS) as PresetName[];

// R's mtcars (test/fixtures/mtcars-am-hp-wt.csv, with its source): hp and wt per car and its
// transmission am, the published logistic fit LOGISTIC_FIT is checked against.
import { readFileSync } from 'node:fs';

const lines = readFileSync(new URL('../fixtures/mtcars-am-hp-wt.csv', import.meta.url), 'utf8')
  .trim().split('\n').filter((line) => !line.startsWith('#')).slice(1);
const rows = lines.map((line) => line.split(',').slice(-3).map(Number));

/** One row per car: hp, wt (as a 2-column range). */
export const HP_WT: number[][] = rows.map(([hp, wt]) => [hp, wt]);
/** One row per car: am, 1 manual, 0 automatic (as a column range). */
export const AM: number[][] = rows.map(([, , am]) => [am]);
/** glm(am ~ hp + wt, family = binomial) as published: (Intercept), hp, wt. */
export const PUBLISHED = [18.8663, 0.03626, -8.08348];

/** Seed 001's webinar leads (by hand): 100 leads without a webinar, 5 won; 40 with one, 6 won. */
export function webinarLeads(): { webinar: number[][]; won: number[][] } {
  const webinar: number[][] = [];
  const won: number[][] = [];
  for (let i = 0; i < 100; i++) { webinar.push([0]); won.push([i < 5 ? 1 : 0]); }
  for (let i = 0; i < 40; i++) { webinar.push([1]); won.push([i < 6 ? 1 : 0]); }
  return { webinar, won };
}

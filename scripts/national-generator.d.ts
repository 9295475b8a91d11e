// Types for the national sample generator (a plain ES module shared by the CLI and the tests).
import type { FairFeed } from '../src/data/types.js';

export interface NationalOptions {
  /** Number of booths (default 216). */
  booths?: number;
  /** Number of products, spread evenly over the producers (default 2160). */
  products?: number;
  /** PRNG seed (default 2025); the same options always give the same feed. */
  seed?: number;
  /** The plan image's path as written in the feed (default `plan.svg`). */
  planImage?: string;
}

export const NATIONAL_DEFAULTS: Readonly<{ booths: number; products: number; seed: number }>;
export const NATIONAL_IMAGES: string[];
export function generateNational(options?: NationalOptions): { feed: FairFeed; plan: string };
export function stringifyFeed(feed: FairFeed): string;
export function unaccent(s: string): string;
/** A seeded PRNG (mulberry32) giving numbers in [0, 1): the same seed, the same sequence. */
export function seededRandom(seed: number): () => number;

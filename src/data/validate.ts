import type { FairFeed, FeedResult } from './types.js';

// PLACEHOLDER — the full lenient validator replaces this (issue 2).
export function validateFeed(json: unknown): FeedResult {
  if (!json || typeof json !== 'object' || Array.isArray(json)) {
    return { feed: null, problems: [{ path: '', message: 'The feed must be a JSON object.', severity: 'error' }] };
  }
  return { feed: json as FairFeed, problems: [] };
}

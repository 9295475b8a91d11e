/**
 * The new fair's name, venue and dates: from the options, else asked for when
 * someone is at the keyboard (stdin is a terminal), else the defaults — never
 * waiting on a pipe or a script. A date is `YYYY-MM-DD`, a real day, and the
 * last day is not before the first: a bad option is an error; a bad answer is
 * asked again.
 */
import { createInterface } from 'node:readline/promises';
import { CliError } from '../errors.js';
import { pick } from '../lang.js';
import { messages } from './messages.js';
import { DEFAULT_NAME, TIMEZONE, type StarterFacts } from './starter.js';

export interface FactOptions {
  name?: string;
  start?: string;
  end?: string;
  venue?: string;
}

/** Today in the fair's time zone, `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone: TIMEZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
}

/** `date` plus `days`, `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** Is `value` a real day written `YYYY-MM-DD`? */
export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** The problem with a date, in the organizer's language, or undefined. */
function dateProblem(what: 'start' | 'end', value: string, start?: string): string | undefined {
  const m = pick(messages);
  if (!isDate(value)) return m.badDate(what === 'start' ? m.startWord : m.endWord, value);
  if (what === 'end' && start !== undefined && value < start) return m.endBeforeStart(start, value);
  return undefined;
}

/** From the options alone: given values checked, the rest defaulted. */
function fromOptions(options: FactOptions): StarterFacts {
  const name = options.name?.trim() || DEFAULT_NAME.vi;
  const start = options.start?.trim() ?? today();
  const startProblem = dateProblem('start', start);
  if (startProblem) throw new CliError(startProblem);
  const end = options.end?.trim() ?? addDays(start, 6);
  const endProblem = dateProblem('end', end, start);
  if (endProblem) throw new CliError(endProblem);
  return { name, start, end, venue: options.venue?.trim() || undefined };
}

/** Asks for what the options did not give, one question at a time, each with its default. */
async function ask(options: FactOptions): Promise<StarterFacts> {
  const m = pick(messages);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const question = async (label: string, fallback: string) =>
      (await rl.question(fallback ? `${label} [${fallback}]: ` : `${label}: `)).trim() || fallback;
    const date = async (what: 'start' | 'end', label: string, fallback: string, start?: string) => {
      for (;;) {
        const value = await question(label, fallback);
        const problem = dateProblem(what, value, start);
        if (!problem) return value;
        process.stdout.write(`${problem}\n`);
      }
    };
    process.stdout.write(`${m.askIntro}\n`);
    const name = options.name?.trim() || (await question(m.askName, DEFAULT_NAME.vi));
    const venue = options.venue?.trim() ?? (await question(m.askVenue, ''));
    const start = options.start ?? (await date('start', m.askStart, today()));
    const end = options.end ?? (await date('end', m.askEnd, addDays(start, 6), start));
    return fromOptions({ name, venue, start, end });
  } finally {
    rl.close();
  }
}

/** The fair's facts: asked for at a terminal when options leave some out; otherwise options and defaults. */
export async function gatherFacts(options: FactOptions): Promise<StarterFacts> {
  const given = fromOptions(options); // a bad option fails before any question
  const complete = options.name !== undefined && options.start !== undefined && options.end !== undefined;
  return complete || !process.stdin.isTTY ? given : ask(options);
}

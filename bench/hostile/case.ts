/** One hostile case the bench times: what it feeds, and what a person would be told. */
export interface HostileCase {
  /** What the case feeds, e.g. "one 17,000-letter query word". */
  name: string;
  /** The most it may take, in ms (the budget: 2,000 ms). */
  budget: number;
  /**
   * Runs the case once and returns what was reported (e.g. the warning's JSON
   * Pointer), or '' when nothing needs reporting. Time is measured around it.
   */
  run(): Promise<string> | string;
}

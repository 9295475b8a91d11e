/**
 * A failure the organizer can act on: its message is already in their
 * language and says what to do. `bin.ts` prints it (no stack trace) and exits
 * with `exitCode`.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

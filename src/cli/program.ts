/**
 * The `fairkit` command: its subcommands, global options and error handling.
 * `run(argv)` is what `bin.ts` calls; tests call it the same way through the
 * built file.
 */
import { CommanderError, Option } from 'commander';
import { configure, newCommand } from './command-kit.js';
import { CliError } from './errors.js';
import { isLang, langFromArgv, pick, setLang, systemLang } from './lang.js';
import { messages } from './messages.js';
import { checkCommand } from './check/command.js';
import { editCommand } from './edit/command.js';
import { exportCommand, importCommand } from './sheets/command.js';
import { initCommand } from './init/command.js';
import { packCommand } from './pack/command.js';
import { serveCommand } from './pack/serve.js';

declare const FAIRKIT_VERSION: string;

function build() {
  const m = pick(messages);
  const program = configure(newCommand('fairkit'))
    .description(m.description)
    .version(typeof FAIRKIT_VERSION === 'string' ? FAIRKIT_VERSION : '0.0.0', '-V, --version', m.version)
    .addOption(new Option('--lang <lang>', m.lang))
    .helpCommand(`help [${m.commandWord}]`, m.helpCommand)
    .exitOverride()
    .configureOutput({ outputError: () => undefined });
  for (const command of [
    initCommand(),
    importCommand(),
    exportCommand(),
    checkCommand(),
    packCommand(),
    serveCommand(),
    editCommand(),
  ]) {
    program.addCommand(command.exitOverride().configureOutput({ outputError: () => undefined }));
  }
  return program;
}

/** The quoted values in one of Commander's messages: `unknown option '--x'` → `['--x']`. */
const quoted = (message: string): string[] => [...message.matchAll(/'([^']*)'/g)].map((match) => match[1]);

/** Commander's own errors, in the organizer's language. */
function commanderMessage(error: CommanderError): string {
  const m = pick(messages);
  const [first = ''] = quoted(error.message);
  switch (error.code) {
    case 'commander.unknownCommand':
      return m.unknownCommand(first);
    case 'commander.unknownOption':
      return m.unknownOption(first);
    case 'commander.missingArgument':
      return m.missingArgument(first);
    case 'commander.optionMissingArgument':
      return m.optionMissingArgument(first);
    case 'commander.missingMandatoryOptionValue':
      return m.missingMandatoryOption(first);
    case 'commander.excessArguments':
      return m.excessArguments;
    default:
      return m.invalidArgument(error.message.replace(/^error: /, ''));
  }
}

/** Runs the command line; resolves to the exit code. Never throws. */
export async function run(argv: readonly string[]): Promise<number> {
  const asked = langFromArgv(argv);
  setLang(isLang(asked) ? asked : systemLang());
  const m = pick(messages);
  if (asked !== undefined && !isLang(asked)) {
    process.stderr.write(`fairkit: ${m.badLang(asked)}\n`);
    return 2;
  }
  try {
    await build().parseAsync([...argv], { from: 'user' });
    return process.exitCode === undefined ? 0 : Number(process.exitCode);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here too, having printed what was asked.
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return 0;
      if (error.code === 'commander.help') return error.exitCode;
      process.stderr.write(`fairkit: ${commanderMessage(error)}\n`);
      return 2;
    }
    if (error instanceof CliError) {
      if (error.message) process.stderr.write(`fairkit: ${error.message}\n`);
      return error.exitCode;
    }
    process.stderr.write(`fairkit: ${m.unexpected}\n${(error as Error)?.stack ?? String(error)}\n`);
    return 70;
  }
}

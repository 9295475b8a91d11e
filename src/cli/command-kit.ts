/**
 * Commander, set up to speak the organizer's language: every command made with
 * `newCommand` has translated help headings, a translated `--help` line, and
 * shows the global options (`--lang`) in its help.
 */
import { Command, Help, Option } from 'commander';
import { pick } from './lang.js';
import { messages } from './messages.js';

export function configure(command: Command): Command {
  const m = pick(messages);
  return command
    .configureHelp({
      showGlobalOptions: true,
      styleTitle: (title) => m.titles[title] ?? title,
      // The description alone: Commander's "(choices: …)" and "(default: …)" are English.
      optionDescription: (option) => option.description,
      commandUsage: (cmd) =>
        Help.prototype.commandUsage
          .call(new Help(), cmd)
          .replace(
            /\[(options|command)\]/g,
            (_, word: string) => `[${word === 'options' ? m.optionsWord : m.commandWord}]`,
          ),
    })
    .helpOption('-h, --help', m.help)
    .showSuggestionAfterError(false);
}

export function newCommand(name: string): Command {
  return configure(new Command(name));
}

/** `--force`: overwrite files fairkit did not make. */
export function forceOption(): Option {
  return new Option('--force', pick(messages).force);
}

/** The `fairkit` executable (built to dist/cli/fairkit.js; `bin/fairkit.js` starts it). */
import { run } from './program.js';

// `fairkit check fair.json | head`: the reader went away; that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

process.exitCode = await run(process.argv.slice(2));

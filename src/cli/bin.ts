/** The `fairkit` executable (built to dist/cli/fairkit.js; `bin/fairkit.js` starts it). */
import { run } from './program.js';

process.exitCode = await run(process.argv.slice(2));

// cxmap: METHOD.md's figures on the command line (FORMAT.md). JSON on stdout; on bad input one
// line on stderr and exit 1; on bad usage exit 2.
import { CliError } from './errors.ts';

const USAGE = `usage: cxmap compute FILE [--path ID]
       cxmap survey FILE.csv --rating COL[,COL...] [--scale LO-HI] [--na CODE,...] [--outcome-na CODE,...]
                    [--weight COL] [--outcome COL] [--outcome-map VALUE=1,VALUE=0] [--segment COL=VALUE]...`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  let output: unknown;
  switch (command) {
    case 'compute':
      output = await (await import('./compute.ts')).run(rest);
      break;
    case 'survey':
      output = await (await import('./survey.ts')).run(rest);
      break;
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(`${USAGE}\n`);
      return 0;
    default:
      throw new CliError(command === undefined ? 'no command given' : `unknown command "${command}"`, 2);
  }
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err: unknown) => {
    if (err instanceof CliError) {
      process.stderr.write(`cxmap: ${err.message}\n`);
      if (err.status === 2) process.stderr.write(`${USAGE}\n`);
      process.exitCode = err.status;
    } else {
      process.stderr.write(`cxmap: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    }
  },
);

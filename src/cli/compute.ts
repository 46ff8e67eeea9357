// `cxmap compute FILE [--path ID]`: METHOD.md's figures for a journey file (FORMAT.md).
import { readFile } from 'node:fs/promises';
import { parseJourneyFile } from '../model/format/index.ts';
import { computeReport, UnknownPathError, type ComputeReport } from '../model/method/index.ts';
import { CliError, usage } from './errors.ts';

export function parseComputeArgs(argv: string[]): { file: string; pathId?: string } {
  let file: string | undefined;
  let pathId: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--path') {
      const value = argv[++i];
      if (value === undefined || value === '') throw usage('--path needs a path id');
      pathId = value;
    } else if (arg.startsWith('--path=')) {
      pathId = arg.slice('--path='.length);
      if (pathId === '') throw usage('--path needs a path id');
    } else if (arg.startsWith('-')) {
      throw usage(`unknown option "${arg}" for compute`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw usage(`compute takes one FILE, got also "${arg}"`);
    }
  }
  if (file === undefined) throw usage('compute needs a journey FILE');
  return pathId === undefined ? { file } : { file, pathId };
}

export async function run(argv: string[]): Promise<ComputeReport> {
  const { file, pathId } = parseComputeArgs(argv);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message}`);
  }
  const parsed = parseJourneyFile(text);
  if (!parsed.ok) throw new CliError(`${file}: ${parsed.error}`);
  try {
    return computeReport(parsed.file.journey, pathId);
  } catch (err) {
    if (err instanceof UnknownPathError) throw new CliError(`${file}: ${err.message}`);
    throw err;
  }
}

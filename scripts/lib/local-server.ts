// A free loopback port, and waiting until a server there answers: shared by the browser tests'
// global setup and the benchmark scripts that serve a build with `vite preview`.
import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function waitForServer(url: string, ms = 20000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms} ms`);
}

export interface Preview {
  /** http://127.0.0.1:PORT/ */
  base: string;
  close(): void;
}

/**
 * Builds with Vite (`args`: e.g. ['--config', 'bench/vite.config.ts', '--outDir', dir]) and serves the
 * build with `vite preview` on a free loopback port until `page` (relative to the base) answers.
 */
export async function buildAndPreview(args: readonly string[], page = '', opts: { cwd?: string } = {}): Promise<Preview> {
  const cwd = opts.cwd ?? process.cwd();
  const vite = join(cwd, 'node_modules', 'vite', 'bin', 'vite.js');
  const built = spawnSync(process.execPath, [vite, 'build', ...args, '--logLevel', 'warn'], { cwd, stdio: 'inherit' });
  if (built.status !== 0) throw new Error(`vite build ${args.join(' ')} failed`);
  const port = await freePort();
  const server = spawn(process.execPath, [vite, 'preview', ...args, '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { cwd, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}/`;
  const close = () => { server.kill('SIGTERM'); };
  try {
    await waitForServer(`${base}${page}`, 20000);
  } catch (err) {
    close();
    throw err;
  }
  return { base, close };
}

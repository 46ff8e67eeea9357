// Starts `vite preview` of the built app on a free loopback port for the browser tests,
// and stops it by its own PID afterwards (STACK.md: never through npx).
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

function freePort(): Promise<number> {
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

async function waitFor(url: string, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within ${ms} ms`);
}

let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  const port = await freePort();
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(url, 20000);
  project.provide('baseUrl', url);
  return () => { server?.kill('SIGTERM'); };
}

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}

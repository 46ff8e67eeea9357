// Starts `vite preview` of the built app on a free loopback port for the browser tests,
// and stops it by its own PID afterwards (STACK.md: never through npx).
import { spawn, type ChildProcess } from 'node:child_process';
import { freePort, waitForServer } from '../../scripts/lib/local-server.ts';
import type { TestProject } from 'vitest/node';



let server: ChildProcess | undefined;

export default async function setup(project: TestProject) {
  const port = await freePort();
  server = spawn(process.execPath, ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(port), '--strictPort'], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/`;
  await waitForServer(url, 20000);
  project.provide('baseUrl', url);
  return () => { server?.kill('SIGTERM'); };
}

declare module 'vitest' {
  export interface ProvidedContext { baseUrl: string }
}

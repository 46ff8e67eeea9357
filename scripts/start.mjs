#!/usr/bin/env node
// `npm start`: installs what is missing, then serves the app (an example journey is ready on first open).
import { existsSync, statSync } from 'node:fs';
import { spawnSync, spawn } from 'node:child_process';

const needsInstall = !existsSync('node_modules/.package-lock.json') ||
  statSync('package-lock.json').mtimeMs > statSync('node_modules/.package-lock.json').mtimeMs;
if (needsInstall) {
  console.log('Installing packages (npm ci)…');
  const r = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
const port = process.env.PORT ?? '5173';
const child = spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--port', port, '--strictPort', ...process.argv.slice(2)], { stdio: 'inherit' });
const stop = () => child.kill('SIGTERM');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code) => process.exit(code ?? 0));

#!/usr/bin/env node
// Browser tests drive Debian's Chromium (STACK.md). Install it with apt when we can, or say how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
  console.log('Chromium is missing: installing Debian\'s chromium with apt-get…');
  const run = (args) => spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  if (run(['update', '-qq']) && run(['install', '-y', '-qq', 'chromium']) && existsSync(path)) process.exit(0);
}
console.error(`Chromium not found at ${path}: install it with "sudo apt-get install -y chromium" (or set CHROMIUM_PATH).`);
process.exit(1);

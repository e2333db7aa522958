// Where the figures were taken: the numbers mean little without the machine, its load and the code.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { findChromium } from '../scripts/lib/chromium.mjs';

function osName() {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const pretty = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(release)?.[1];
  return `${pretty ?? os.type()} (${os.platform()} ${os.release()}, ${os.arch()})`;
}

function run(cmd, args, cwd) {
  try {
    return execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function machineInfo(root) {
  const cpus = os.cpus();
  const dirty = run('git', ['status', '--porcelain'], root);
  return {
    os: osName(),
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    chromium: run(findChromium(), ['--version'])?.split('\n').pop() ?? 'unknown',
    // Other processes compete for the cores; a high load makes every timing slower and noisier.
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    commit: run('git', ['rev-parse', '--short', 'HEAD'], root),
    uncommittedFiles: dirty === null ? null : dirty.split('\n').filter(Boolean).length,
  };
}

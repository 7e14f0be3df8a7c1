import { describe, expect, it } from 'vitest';
import { freePort, startProcess } from './harness';

const tinyServer = `
  const server = require('node:http').createServer((request, response) => response.end('up'));
  server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'));
`;

describe('startProcess', () => {
  it('resolves once the ready URL answers, and stop() ends the process', async () => {
    const port = await freePort();
    const running = await startProcess(
      process.execPath,
      ['-e', tinyServer],
      { PORT: String(port) },
      `http://127.0.0.1:${port}/`,
    );
    expect(await (await fetch(`http://127.0.0.1:${port}/`)).text()).toBe('up');
    expect(running.output()).toContain('listening');

    await running.stop();
    expect(running.child.exitCode !== null || running.child.signalCode !== null).toBe(true);
    await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  });

  it('rejects with the output when the process exits before it is ready', async () => {
    const port = await freePort();
    await expect(
      startProcess(
        process.execPath,
        ['-e', 'console.error("no database"); process.exit(3)'],
        {},
        `http://127.0.0.1:${port}/`,
      ),
    ).rejects.toThrow(/exited \(code 3\).*\n.*no database/s);
  });
});

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * An X display of our own (Xvfb), for the one thing a headless browser cannot do: take a key press
 * at the browser level, where extension shortcuts (the commands API) live. Keys are typed into it
 * with xdotool, never into the developer's own desktop.
 */
export class VirtualDisplay {
  private constructor(
    private readonly server: ChildProcess,
    /** The display's name, e.g. ":99", for the browser's DISPLAY. */
    readonly name: string,
  ) {}

  static async start(): Promise<VirtualDisplay> {
    for (const tool of ['Xvfb', 'xdotool']) {
      if (!existsSync(`/usr/bin/${tool}`)) {
        throw new Error(
          `${tool} was not found: the keyboard-shortcut test types keys into a virtual display. Install it with:\n` +
            '  sudo apt-get install -y xvfb xdotool',
        );
      }
    }
    // -displayfd: Xvfb picks a free display number and writes it on that descriptor once ready.
    const server = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    const number = await new Promise<string>((resolve, reject) => {
      let written = '';
      server.stdio[3]?.on('data', (chunk: Buffer) => {
        written += chunk.toString();
        if (written.includes('\n')) resolve(written.trim());
      });
      server.once('exit', (code) => reject(new Error(`Xvfb stopped before it was ready (exit ${code}).`)));
    });
    return new VirtualDisplay(server, `:${number}`);
  }

  /** Presses keys as a person would, e.g. "alt+shift+h", into the window that has the focus. */
  press(keys: string): void {
    execFileSync('xdotool', ['key', '--clearmodifiers', keys], {
      env: { ...process.env, DISPLAY: this.name },
    });
  }

  stop(): void {
    this.server.kill();
  }
}

/**
 * When a document is linted, apart from any protocol: the open lints at once in either mode;
 * typing lints after the debounce (onType); saving lints (onSave); nothing lints before the
 * editor's settings are known; and a lint always reads the latest version, so a flood of
 * changes costs one lint of the last one. Even with no debounce a lint waits for the messages
 * already received (setImmediate runs after them).
 */

/**
 * Why a document is linted: it was opened or typed into (the editor asks for what it shows), it
 * was saved, or the settings or a configuration file changed (it did not change: its editor must
 * be told).
 */
export type LintReason = 'open' | 'change' | 'save' | 'settings';

export interface LintSchedulerHost {
  /** The document's current version, or undefined when it is no longer open. */
  readonly versionOf: (uri: string) => number | undefined;
  /** Lints and publishes this version of the document. */
  readonly lint: (uri: string, version: number, reason: LintReason) => void;
  /** The lint settings in force (read when an event arrives). */
  readonly settings: () => { readonly run: 'onType' | 'onSave'; readonly debounceMs: number };
}

interface Pending {
  timeout?: NodeJS.Timeout;
  immediate?: NodeJS.Immediate;
}

export class LintScheduler {
  private readonly pending = new Map<string, Pending>();
  private readonly opened = new Set<string>();
  /** Events that arrived before the first settings, replayed in order when they come. */
  private waiting: (() => void)[] | undefined = [];

  constructor(private readonly host: LintSchedulerHost) {}

  /** The first settings are known (or never will be): what waited runs now. */
  settingsReady(): void {
    const waiting = this.waiting;
    this.waiting = undefined;
    for (const run of waiting ?? []) run();
  }

  /** A document's text changed (its first "change" is its open). */
  changed(uri: string): void {
    const first = !this.opened.has(uri);
    this.opened.add(uri);
    this.whenReady(() => {
      if (first) this.schedule(uri, 'open');
      else if (this.host.settings().run === 'onType') this.schedule(uri, 'change');
    });
  }

  saved(uri: string): void {
    this.whenReady(() => {
      if (this.host.settings().run === 'onSave') this.schedule(uri, 'save');
    });
  }

  /** Settings or configuration files changed: these documents lint again, at once. */
  relint(uris: Iterable<string>): void {
    for (const uri of uris) this.whenReady(() => this.schedule(uri, 'settings'));
  }

  /** Whether a lint of the document is due (waiting for its debounce or its turn). */
  isPending(uri: string): boolean {
    return this.pending.has(uri);
  }

  closed(uri: string): void {
    this.opened.delete(uri);
    this.cancel(uri);
  }

  private whenReady(run: () => void): void {
    if (this.waiting) this.waiting.push(run);
    else run();
  }

  private cancel(uri: string): void {
    const pending = this.pending.get(uri);
    if (!pending) return;
    if (pending.timeout) clearTimeout(pending.timeout);
    if (pending.immediate) clearImmediate(pending.immediate);
    this.pending.delete(uri);
  }

  private schedule(uri: string, reason: LintReason): void {
    this.cancel(uri);
    const run = () => {
      this.pending.delete(uri);
      // The version current now, not the one that asked: older versions are never linted.
      const version = this.host.versionOf(uri);
      if (version !== undefined) this.host.lint(uri, version, reason);
    };
    const delay = reason === 'change' ? this.host.settings().debounceMs : 0;
    this.pending.set(uri, delay === 0 ? { immediate: setImmediate(run) } : { timeout: setTimeout(run, delay) });
  }
}

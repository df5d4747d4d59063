/**
 * Lets calls run side by side, except one that must run alone (a restore closes and replaces the
 * connection): it waits for the calls already running, and calls arriving meanwhile wait for it.
 */
export class DispatchGate {
  #shared = new Set<Promise<unknown>>();
  #exclusive: Promise<void> | null = null;

  /** Runs `fn` alongside other shared calls, after any exclusive call has finished. */
  async shared<T>(fn: () => Promise<T>): Promise<T> {
    while (this.#exclusive) await this.#exclusive;
    // No await between the check above and starting `fn`: an exclusive call either sees it running or runs first.
    const running = fn();
    this.#shared.add(running);
    try {
      return await running;
    } finally {
      this.#shared.delete(running);
    }
  }

  /** Runs `fn` alone: after the running shared calls finish, before any new call starts. */
  async exclusive<T>(fn: () => Promise<T>): Promise<T> {
    while (this.#exclusive) await this.#exclusive;
    let release = (): void => undefined;
    this.#exclusive = new Promise<void>((resolve) => {
      release = resolve;
    });
    try {
      await Promise.allSettled([...this.#shared]);
      return await fn();
    } finally {
      this.#exclusive = null;
      release();
    }
  }
}

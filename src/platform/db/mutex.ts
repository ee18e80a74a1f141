/** A FIFO async mutex. acquire() resolves to a release function that is safe to call twice. */
export class Mutex {
  #locked = false;
  readonly #waiters: (() => void)[] = [];

  acquire(timeoutMs?: number): Promise<() => void> {
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const grant = () => {
        if (timer) clearTimeout(timer);
        this.#locked = true;
        let done = false;
        resolve(() => {
          if (done) return;
          done = true;
          this.#next();
        });
      };
      if (!this.#locked) {
        grant();
        return;
      }
      this.#waiters.push(grant);
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          const index = this.#waiters.indexOf(grant);
          if (index >= 0) this.#waiters.splice(index, 1);
          reject(
            new Error(`database lock not granted within ${timeoutMs} ms (a query outside its transaction?)`),
          );
        }, timeoutMs);
        timer.unref();
      }
    });
  }

  #next(): void {
    const waiter = this.#waiters.shift();
    if (waiter) waiter();
    else this.#locked = false;
  }
}

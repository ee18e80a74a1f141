/**
 * The order in which a process's parts stop (SIGTERM, or a failed start): first HTTP (no new
 * requests, in-flight ones finish), then the jobs (a running job may still send mail and write
 * to the database), then mail, and the database last of all.
 */
export const SHUTDOWN_ORDER = ['http', 'jobs', 'mail', 'database'] as const;
export type ShutdownStage = (typeof SHUTDOWN_ORDER)[number];
type Close = () => Promise<void> | void;

export class Closers {
  private readonly stages = new Map<ShutdownStage, Close[]>();

  /** Registers what to close at `stage`; within a stage the last added closes first. */
  add(stage: ShutdownStage, close: Close): void {
    this.stages.set(stage, [close, ...(this.stages.get(stage) ?? [])]);
  }

  /** Closes everything in SHUTDOWN_ORDER; a failure does not keep the rest open. Rejects with the first. */
  async closeAll(): Promise<void> {
    const failures: unknown[] = [];
    for (const stage of SHUTDOWN_ORDER) {
      for (const close of this.stages.get(stage) ?? []) {
        await Promise.resolve()
          .then(close)
          .catch((error: unknown) => failures.push(error));
      }
    }
    if (failures.length > 0) throw failures[0];
  }
}

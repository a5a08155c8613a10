// Stops a pool's threads or processes once nothing has been asked of it for a while (the editor's analysis pools:
// they hold a heap each, which an idle editor should give back).

/** A timer armed when a pool has nothing pending and disarmed by the next request. */
export class IdleStop {
  private timer: ReturnType<typeof setTimeout> | undefined;

  /** `ms` undefined: never stops. `busy` says whether requests are pending; `stop` stops the pool's workers. */
  constructor(
    private readonly ms: number | undefined,
    private readonly busy: () => boolean,
    private readonly stop: () => unknown,
  ) {}

  /** After a request is answered: stop in `ms` unless another request comes first. */
  arm(): void {
    if (this.ms === undefined) return;
    this.cancel();
    if (this.busy()) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.busy()) this.stop();
    }, this.ms);
    this.timer.unref?.();
  }

  /** A request is coming, or the pool is closing: no stop. */
  cancel(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}

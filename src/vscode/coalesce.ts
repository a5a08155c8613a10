// Many events, one run: a refresh asked for several times in one turn of the event loop runs once, after it.

export class Coalesced {
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly run: () => void) {}

  /** Runs `run` once after the current turn, however often this is called meanwhile. */
  schedule(): void {
    if (this.pending !== undefined) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.run();
    }, 0);
  }

  dispose(): void {
    if (this.pending !== undefined) clearTimeout(this.pending);
    this.pending = undefined;
  }
}

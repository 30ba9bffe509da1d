import { AUTOSAVE, GUESTS } from "@/lib/config";
import { AnswerSyncer, type AttemptBox } from "@/lib/autosave/answers";
import type { Json } from "@/lib/autosave/engine";
import type { JsonValue, Ledger } from "./ledger";
import { LearnerNetwork } from "./node-deps";

/**
 * One simulated learner on one article's page: an answer syncer per question (the real engine
 * from lib/autosave, with the reader's debounce and retry delays), one shared attempt, its own
 * cookies, local storage and network. It types a new text into one of its answers now and then.
 */
export class SimulatedLearner {
  readonly network: LearnerNetwork;
  private readonly syncers: AnswerSyncer[];
  private readonly storage = new Map<string, string>();
  private edits = 0;
  private typing: NodeJS.Timeout | undefined;

  constructor(
    readonly index: number,
    base: string,
    article: string,
    questions: readonly string[],
    ledger: Ledger,
  ) {
    this.network = new LearnerNetwork(base, ({ sent, answer }) => {
      if (typeof answer.attemptId !== "string" || typeof answer.revision !== "number") return;
      ledger.record({
        learner: index,
        question: String(sent.question),
        attemptId: answer.attemptId,
        revision: answer.revision,
        value: sent.value as JsonValue,
      });
    });
    const attempt: AttemptBox = { id: undefined };
    const deps = this.network.deps(this.storage);
    this.syncers = questions.map(
      (question) =>
        new AnswerSyncer(
          {
            target: { article },
            question,
            locale: index % 2 === 0 ? "fr" : "en",
            attempt,
            initial: { value: { text: "" }, revision: 0, savedAt: null },
            debounceMs: AUTOSAVE.debounceMs,
            retryDelaysMs: AUTOSAVE.retryDelaysMs,
            guestWindowMs: GUESTS.browserWindowMs,
            onState: () => {},
          },
          deps,
        ),
    );
  }

  /** Types every `everyMs` on average (±50 %, from `random`), into a question picked at random. */
  startTyping(everyMs: number, random: () => number): void {
    const next = () => {
      this.typing = setTimeout(
        () => {
          this.type(random);
          next();
        },
        everyMs * (0.5 + random()),
      );
    };
    next();
  }

  stopTyping(): void {
    clearTimeout(this.typing);
  }

  type(random: () => number): void {
    const syncer = this.syncers[Math.floor(random() * this.syncers.length)]!;
    this.edits += 1;
    syncer.edit({ text: `Apprenant ${this.index}, ${syncer.question}, frappe n° ${this.edits} : ${random().toString(36).slice(2)}` });
  }

  cutNetwork(): void {
    this.network.cut();
  }

  /** The browser's "online" event: each syncer retries at once instead of waiting out its backoff. */
  restoreNetwork(): void {
    this.network.restore();
    this.syncers.forEach((syncer) => syncer.online());
  }

  /** Every answer typed into is confirmed by the server, and nothing was typed since ("idle": never typed into). */
  allSaved(): boolean {
    return this.unsettled().length === 0;
  }

  /** Answers whose syncer is in another state than saved, with that state, for the report. */
  unsettled(): Array<{ question: string; state: string; value: Json }> {
    return this.syncers
      .filter((syncer) => syncer.current.state.kind !== "saved" && syncer.current.state.kind !== "idle")
      .map((syncer) => ({ question: syncer.question, state: syncer.current.state.kind, value: syncer.current.value }));
  }

  /** The last text typed into each answer that was typed into. */
  lastTyped(): Array<{ question: string; value: Json }> {
    return this.syncers.filter((syncer) => syncer.current.state.kind !== "idle").map((syncer) => ({ question: syncer.question, value: syncer.current.value }));
  }

  dispose(): void {
    this.stopTyping();
    this.syncers.forEach((syncer) => syncer.dispose());
  }
}

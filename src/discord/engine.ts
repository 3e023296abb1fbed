/**
 * The one place the bot calls the engine. Every path (auto-replies, /diagnose, the message menu,
 * /verify, Mark solved) comes through here, so timing and logging are the same everywhere.
 */
import { diagnose, type Diagnosis, type ThreadMessage } from '../diagnose.ts';
import type { Logger } from '../log.ts';

export type Diagnose = (messages: readonly ThreadMessage[]) => Diagnosis;

export function createEngine(log: Logger, run: typeof diagnose = diagnose): Diagnose {
  return (messages) => {
    const started = performance.now();
    const diagnosis = run(messages);
    log.debug(
      {
        stage: diagnosis.stage,
        rules: diagnosis.findings.map((f) => f.rule),
        relevant: diagnosis.relevant,
        secrets: diagnosis.secrets,
        messages: messages.length,
        chars: messages.reduce((n, m) => n + m.text.length, 0),
        ms: Math.round(performance.now() - started),
      },
      'diagnosed',
    );
    return diagnosis;
  };
}

/**
 * The benchmark's workload: the labelled development corpus, repeated until it holds the number of
 * messages asked for, as one candidate's inbox keeps growing over the years.
 */
import { readFileSync } from 'node:fs';
import { parseCorpusLine, parseProfiles, type CorpusMessage } from '../../core/scoring/evaluate';
import type { Profile } from '../../core/profile';

export interface BenchCorpus {
  messages: CorpusMessage[];
  profiles: Record<string, Profile>;
}

/** Each repetition starts this much later, past the near-duplicate window, so a repeat reads as older mail. */
const REPEAT_SHIFT_MS = 40 * 24 * 60 * 60 * 1000;

export function loadCorpus(corpusPath: string, profilesPath: string): BenchCorpus {
  let lines: string[];
  let profilesJson: unknown;
  try {
    lines = readFileSync(corpusPath, 'utf8').split('\n');
  } catch {
    throw new Error(`Cannot read the corpus ${corpusPath}: pass --corpus FILE.jsonl.`);
  }
  try {
    profilesJson = JSON.parse(readFileSync(profilesPath, 'utf8')) as unknown;
  } catch {
    throw new Error(`Cannot read the profiles ${profilesPath} as JSON: pass --profiles FILE.json.`);
  }
  const messages = lines.flatMap((line, i) => (line.trim() ? [parseCorpusLine(line, i + 1)] : []));
  if (!messages.length) throw new Error(`The corpus ${corpusPath} holds no message.`);
  return { messages, profiles: parseProfiles(profilesJson) };
}

/**
 * The corpus repeated to `count` messages in receiving order. Every repetition gets its own ids and
 * thread keys and comes later in time; senders stay the same, so each recruiter's history grows as
 * it would in a long-lived inbox, and the same texts meet the near-duplicate index again.
 */
export function repeatCorpus(messages: readonly CorpusMessage[], count: number): CorpusMessage[] {
  const out: CorpusMessage[] = [];
  for (let round = 0; out.length < count; round += 1) {
    for (const m of messages) {
      if (out.length >= count) break;
      const sentAt = Date.parse(m.sentAt);
      out.push({
        ...m,
        id: `${m.id}#${round}`,
        thread: m.thread ? `${m.thread}#${round}` : (m.thread ?? null),
        sentAt: new Date((Number.isFinite(sentAt) ? sentAt : 0) + round * REPEAT_SHIFT_MS).toISOString(),
      });
    }
  }
  return out;
}

/** Who the message is addressed to: the candidate by name, nobody in particular, or someone else. */
import { fold, type Analysed } from '../text';
import { genericSalutations, greetings } from './lexicon';

export type Addressee =
  | { kind: 'candidate'; name: string }
  | { kind: 'generic'; salutation: string }
  | { kind: 'other-name'; name: string }
  | { kind: 'none' };

const LOOK_AT_TOKENS = 40;
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'herr', 'frau', 'monsieur', 'madame', 'mme', 'm', 'senor', 'senora', 'sr', 'sra', 'senhor', 'senhora', 'dona', 'prof']);

/** The candidate's names as a greeting might use them: first name, nicknames by prefix, surname after a title. */
export function candidateNames(fullName: string | undefined): { first: string[]; last: string[] } {
  const parts = fold(fullName ?? '')
    .split(/[^\p{L}]+/u)
    .filter((p) => p.length > 1);
  return { first: parts.slice(0, Math.max(1, parts.length - 1)), last: parts.slice(1) };
}

/**
 * Reads the salutation near the top: the first greeting word in the opening lines and what follows it.
 * "Hi there" and "Dear Candidate" are generic; "Hi Markus" to Katrin is another name.
 */
export function findAddressee(analysed: Analysed, candidateName: string | undefined): Addressee {
  const tokens = analysed.tokens;
  const limit = Math.min(tokens.length, LOOK_AT_TOKENS);
  const hits = greetings().findAll(tokens, 0, limit);
  if (!hits.length) return { kind: 'none' };
  const { first, last } = candidateNames(candidateName);
  for (const hit of hits) {
    let at = hit.to;
    // "Hi Dr. Lacasse", "Bonjour Madame Dupont"
    while (at < limit && TITLES.has(tokens[at]!.text)) at += 1;
    const next = tokens[at];
    // "Bonjour," or "Hello!" and straight on: a greeting that names nobody.
    const gap = analysed.text.slice(tokens[hit.to - 1]!.end, next ? next.start : analysed.text.length);
    if (at === hit.to && /^\s*[,!.:]?\s*\n/.test(gap)) {
      return { kind: 'generic', salutation: analysed.text.slice(tokens[hit.from]!.start, tokens[hit.to - 1]!.end) };
    }
    if (!next) continue;
    const generic = genericSalutations().findAll(tokens, at, Math.min(limit, at + 3));
    if (generic.some((g) => g.from === at)) {
      const g = generic.find((x) => x.from === at)!;
      return { kind: 'generic', salutation: analysed.text.slice(tokens[hit.from]!.start, tokens[g.to - 1]!.end) };
    }
    const word = next.text;
    // Nicknames share the name's start: Kati for Katrin, Dani for Daniela, Alex for Alexander.
    const nickname = (name: string): boolean => word.length >= 3 && name.length >= 3 && (name.startsWith(word) || word.slice(0, 3) === name.slice(0, 3));
    if (first.some((name) => name === word || nickname(name)) || last.includes(word)) {
      return { kind: 'candidate', name: next.raw };
    }
    // A capitalised word right after the greeting, followed by a comma or line end, reads as a name;
    // without the candidate's own name there is nothing to compare it with.
    if (!first.length) return { kind: 'none' };
    const after = analysed.text.slice(next.end, next.end + 2);
    const capitalised = /^\p{Lu}/u.test(next.raw) && next.raw.length > 1;
    if (capitalised && /^\s*[,!\n:;]|^$/.test(after) && !/^\d/.test(next.raw)) {
      return { kind: 'other-name', name: next.raw };
    }
  }
  return { kind: 'none' };
}

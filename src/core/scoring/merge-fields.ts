/**
 * Unfilled mail-merge fields: {FirstName}, {{first_name}}, [First Name], <Name>, %FIRSTNAME%,
 * *|FNAME|*, ${name}. One left-to-right scan with a bounded look-ahead: linear time.
 */
import { fold } from '../text';

const OPENERS: Record<string, string> = { '{': '}', '[': ']', '<': '>', '%': '%', '|': '|', $: '}' };
const MAX_FIELD = 40;

// Words that make bracketed text a merge field rather than an aside like "[link]" or "<3".
const FIELD_WORDS = new Set(
  [
    'first', 'last', 'name', 'firstname', 'lastname', 'fname', 'lname', 'fullname', 'full', 'company', 'companyname',
    'employer', 'title', 'jobtitle', 'job', 'role', 'position', 'skill', 'skills', 'topskill', 'top', 'industry', 'city',
    'location', 'candidate', 'recipient', 'contact', 'salutation', 'vorname', 'nachname', 'firma', 'unternehmen', 'anrede',
    'prenom', 'nom', 'entreprise', 'societe', 'poste', 'nombre', 'apellido', 'empresa', 'puesto', 'cargo', 'nome',
    'sobrenome', 'vaga', 'voornaam', 'achternaam', 'bedrijf', 'insert', 'merge', 'placeholder', 'your', 'user', 'username',
    'account', 'years', 'experience', 'specialty', 'speciality', 'technology', 'tech', 'stack', 'language', 'client',
  ].map((w) => w),
);

export interface MergeField {
  text: string;
  index: number;
}

/** Every unfilled merge field in the text, as written. */
export function findMergeFields(text: string): MergeField[] {
  const found: MergeField[] = [];
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    const ch = text[i]!;
    let close = OPENERS[ch];
    let start = i;
    if (!close) continue;
    if (ch === '$') {
      if (text[i + 1] !== '{') continue;
      start = i;
      i += 1;
    }
    if (ch === '|') {
      if (text[i - 1] !== '*') continue;
      start = i - 1;
    }
    if (ch === '[' && text[i + 1] === '[') {
      i += 1;
    }
    if (ch === '{' && text[i + 1] === '{') {
      i += 1;
      close = '}';
    }
    const limit = Math.min(n, i + 1 + MAX_FIELD);
    let j = i + 1;
    while (j < limit && text[j] !== close && text[j] !== '\n') j += 1;
    if (j >= limit || text[j] !== close) continue;
    const inner = text.slice(i + 1, j);
    if (isFieldName(inner)) {
      let end = j + 1;
      while (end < n && end < j + 3 && (text[end] === '}' || text[end] === '*' || text[end] === ']')) end += 1;
      found.push({ text: text.slice(start, end), index: start });
      i = end - 1;
    }
  }
  return found;
}

function isFieldName(inner: string): boolean {
  const trimmed = inner.trim();
  if (trimmed.length < 2 || trimmed.length > MAX_FIELD) return false;
  // Code and data have punctuation a field name never has: { return user.name; }, { "title": "Nurse" }.
  if (!/^[\p{L}\p{N} _.-]+$/u.test(trimmed)) return false;
  // Template engines: ALL_CAPS or snake_case identifiers are fields whatever the word.
  if (/^[A-Z][A-Z0-9_]{2,}$/.test(trimmed) && trimmed !== 'CV' && trimmed !== 'PDF') return true;
  if (/^[a-z]+(_[a-z]+)+$/i.test(trimmed)) return true;
  const words = fold(trimmed)
    .split(/[^a-z]+/)
    .filter(Boolean);
  if (!words.length || words.length > 4) return false;
  return words.some((word) => FIELD_WORDS.has(word)) && words.every((word) => word.length <= 14);
}

/**
 * A backup of everything the extension keeps on this device, as one JSON file the candidate can
 * save and restore. The file is untrusted when it comes back: parseBackup checks every row before
 * importBackup writes any of them, and the import is one transaction, so a failure changes nothing.
 */
import { LANGUAGES } from '../core/language';
import { cleanSender, LABELS, type Sender } from '../core/message';
import { validateProfile } from '../core/profile';
import { SITE_HEALTH, SITE_IDS } from '../core/sites';
import type { RecruiterAllyDb } from './database';
import { LATEST_VERSION } from './migrations';
import type {
  ContactRecord,
  CorrectionRecord,
  DeviceSettingKey,
  MessageRecord,
  MessageState,
  ProfileRecord,
  RecruiterRecord,
  ReplyKind,
  SettingKey,
  SettingRecord,
  StoredLabel,
  TemplateRecord,
  TrustState,
} from './records';

export const BACKUP_FORMAT = 'recruiter-ally-backup';
export const BACKUP_VERSION = 1;
/** Larger text is refused before it is parsed. */
export const MAX_BACKUP_CHARS = 50 * 1024 * 1024;
/** Errors beyond this many are summed up in one last line. */
export const MAX_REPORTED_ERRORS = 20;

export interface BackupTables {
  profile: ProfileRecord[];
  messages: MessageRecord[];
  recruiters: RecruiterRecord[];
  templates: TemplateRecord[];
  contacts: ContactRecord[];
  corrections: CorrectionRecord[];
  settings: SettingRecord[];
}
export type BackupTable = keyof BackupTables;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  /** The database version the rows are shaped for. */
  schemaVersion: number;
  exportedAt: string;
  tables: BackupTables;
}

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; errors: string[] };
export type ImportMode = 'merge' | 'replace';

export const BACKUP_TABLES = [
  'profile',
  'messages',
  'recruiters',
  'templates',
  'contacts',
  'corrections',
  'settings',
] as const satisfies readonly BackupTable[];

/** Every row of every table, read in one transaction so the copy is consistent. */
export async function exportBackup(db: RecruiterAllyDb, now: number = Date.now()): Promise<Backup> {
  const tables = await db.transaction('r', tablesOf(db), async () => ({
    profile: await db.profile.toArray(),
    messages: await db.messages.toArray(),
    recruiters: await db.recruiters.toArray(),
    templates: await db.templates.toArray(),
    contacts: await db.contacts.toArray(),
    corrections: await db.corrections.toArray(),
    settings: (await db.settings.toArray()).filter((row) => (SETTING_KEYS as readonly string[]).includes(row.key)),
  }));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion: LATEST_VERSION, exportedAt: new Date(now).toISOString(), tables };
}

/**
 * Writes a parsed backup in one transaction over every table. 'replace' empties the tables first;
 * 'merge' keeps what is there, replacing rows with the same key, and appends the corrections as new
 * rows (without their ids) so no existing correction is overwritten. Answers how many rows each table received.
 */
export async function importBackup(db: RecruiterAllyDb, backup: Backup, mode: ImportMode): Promise<{ counts: Record<string, number> }> {
  const { tables } = backup;
  await db.transaction('rw', tablesOf(db), async () => {
    if (mode === 'replace') {
      for (const table of tablesOf(db)) await table.clear();
    }
    await db.profile.bulkPut(tables.profile);
    await db.messages.bulkPut(tables.messages);
    await db.recruiters.bulkPut(tables.recruiters);
    await db.templates.bulkPut(tables.templates);
    await db.contacts.bulkPut(tables.contacts);
    if (mode === 'replace') await db.corrections.bulkPut(tables.corrections);
    else await db.corrections.bulkAdd(tables.corrections.map(({ id: _id, ...rest }) => rest));
    await db.settings.bulkPut(tables.settings);
  });
  return { counts: Object.fromEntries(BACKUP_TABLES.map((name) => [name, tables[name].length])) };
}

function tablesOf(db: RecruiterAllyDb) {
  return [db.profile, db.messages, db.recruiters, db.templates, db.contacts, db.corrections, db.settings];
}

/** Checks a backup file's text without trusting any of it; answers a clean backup or what is wrong, in sentences. */
export function parseBackup(text: string): ParsedBackup {
  if (typeof text !== 'string') return fail('The file could not be read as text.');
  if (text.length > MAX_BACKUP_CHARS) {
    return fail('The file is larger than 50 MB, too large to be a Recruiter Ally backup.');
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return fail('The file is not JSON (it may be truncated).');
  }
  if (!isObject(raw) || raw.format !== BACKUP_FORMAT) return fail('This is not a Recruiter Ally backup.');
  if (typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return fail('This is not a Recruiter Ally backup.');
  }
  if (raw.version > BACKUP_VERSION) {
    return fail('This backup was made by a newer version of Recruiter Ally. Update the extension, then restore it.');
  }
  const schemaVersion = raw.schemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    return fail('The backup does not say which database version it holds, so it cannot be restored.');
  }
  if (schemaVersion > LATEST_VERSION) {
    return fail(
      `This backup comes from a newer version of Recruiter Ally (database version ${schemaVersion}; this one knows up to ${LATEST_VERSION}). Update the extension, then restore it.`,
    );
  }
  const exportedAt = typeof raw.exportedAt === 'string' && raw.exportedAt.length <= 64 && Number.isFinite(Date.parse(raw.exportedAt)) ? raw.exportedAt : null;
  const report = new Report();
  if (exportedAt === null) report.add('"exportedAt" must be a date and time.');
  if (!isObject(raw.tables)) {
    report.add('The backup has no tables.');
    return fail(...report.lines());
  }
  const rawTables = raw.tables;
  const tables = {} as Record<BackupTable, object[]>;
  for (const name of BACKUP_TABLES) {
    const rows = rawTables[name];
    if (!Array.isArray(rows)) {
      report.add(`Table "${name}" is missing or is not a list.`);
      tables[name] = [];
      continue;
    }
    tables[name] = checkTable(name, rows, report);
  }
  if (report.count) return fail(...report.lines());
  return {
    ok: true,
    backup: { format: BACKUP_FORMAT, version: BACKUP_VERSION, schemaVersion, exportedAt: exportedAt!, tables: tables as unknown as BackupTables },
  };
}

function fail(...errors: string[]): ParsedBackup {
  return { ok: false, errors };
}

class Report {
  count = 0;
  private readonly kept: string[] = [];
  add(line: string): void {
    this.count += 1;
    if (this.kept.length < MAX_REPORTED_ERRORS) this.kept.push(line);
  }
  lines(): string[] {
    const more = this.count - this.kept.length;
    return more > 0 ? [...this.kept, `…and ${more} more ${more === 1 ? 'problem' : 'problems'}.`] : [...this.kept];
  }
}

// ---- Row checks --------------------------------------------------------------------------------

type Raw = Record<string, unknown>;
/** Answers what is wrong with a value ("must be …"), or null when it is fine. */
type Check = (value: unknown) => string | null;
interface Field {
  check: Check;
  optional?: boolean;
}
type Shape = Record<string, Field>;

const SHORT = 2_000;
const NOTE = 10_000;
const BODY = 100_000;
const LIST = 10_000;

function isObject(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list holding every member of a union type, checked by the compiler. */
function everyOf<T>() {
  return <const A extends readonly T[]>(items: A & ([Exclude<T, A[number]>] extends [never] ? unknown : never)): A => items;
}

const STORED_LABELS = everyOf<StoredLabel>()([...LABELS, 'unscored']);
const MESSAGE_STATES = everyOf<MessageState>()(['awaiting', 'answered', 'dismissed']);
const TRUST_STATES = everyOf<TrustState>()(['trusted', 'neutral', 'muted']);
const REPLY_KINDS = everyOf<ReplyKind>()(['decline', 'refer', 'keep-in-touch', 'ask-details', 'interested']);
/** Settings a backup carries; sync and the last context-menu text belong to the device (DeviceSettingKey). */
type BackupSettingKey = Exclude<SettingKey, DeviceSettingKey>;
const SETTING_KEYS = everyOf<BackupSettingKey>()(['sites.enabled', 'sites.seen', 'learner.state']);

const text =
  (max: number, { empty = false } = {}): Check =>
  (value) =>
    typeof value === 'string' && value.length <= max && (empty || value.length > 0)
      ? null
      : `must be ${empty ? 'a' : 'a non-empty'} text of at most ${max.toLocaleString('en')} characters`;

const oneOf =
  (allowed: readonly unknown[]): Check =>
  (value) =>
    allowed.includes(value) ? null : `must be one of: ${allowed.join(', ')}`;

const finite =
  ({ min = -Infinity, max = Infinity, integer = false } = {}): Check =>
  (value) =>
    typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max && (!integer || Number.isInteger(value))
      ? null
      : `must be a${integer ? 'n integer' : ' finite number'}${min > -Infinity ? ` from ${min}` : ''}${max < Infinity ? ` to ${max}` : ''}`;

const bool: Check = (value) => (typeof value === 'boolean' ? null : 'must be true or false');

const nullable =
  (check: Check): Check =>
  (value) =>
    value === null ? null : check(value) && `${check(value)}, or null`;

const listOf =
  (check: Check, max = LIST): Check =>
  (value) => {
    if (!Array.isArray(value) || value.length > max) return `must be a list of at most ${max.toLocaleString('en')} items`;
    const bad = value.findIndex((item) => check(item) !== null);
    return bad < 0 ? null : `item ${bad + 1} ${check(value[bad])}`;
  };

const triple: Check = (value) =>
  Array.isArray(value) && value.length === 3 && value.every((n) => finite()(n) === null) ? null : 'must be a list of three finite numbers';

const time = finite({ min: 0 });

const sender: Check = (value) => {
  if (!isObject(value)) return 'must be an object with a "name"';
  const problems = checkShape(
    {
      name: { check: text(SHORT, { empty: true }) },
      email: { check: text(SHORT, { empty: true }), optional: true },
      headline: { check: text(SHORT, { empty: true }), optional: true },
      company: { check: text(SHORT, { empty: true }), optional: true },
      profileUrl: { check: text(SHORT, { empty: true }), optional: true },
    },
    value,
  ).errors;
  return problems.length ? `field ${problems[0]}` : null;
};

const MESSAGE: Shape = {
  key: { check: text(SHORT) },
  site: { check: oneOf(SITE_IDS) },
  siteMessageId: { check: text(SHORT) },
  threadKey: { check: text(SHORT, { empty: true }) },
  recruiterId: { check: text(SHORT), optional: true },
  sender: { check: sender },
  subject: { check: nullable(text(NOTE, { empty: true })) },
  body: { check: text(BODY, { empty: true }) },
  receivedAt: { check: time },
  firstSeenAt: { check: time },
  isOwn: { check: bool },
  inMail: { check: bool, optional: true },
  recipientCount: { check: nullable(finite({ min: 0, integer: true })) },
  isPreview: { check: bool, optional: true },
  threadUrl: { check: text(SHORT), optional: true },
  role: { check: text(SHORT, { empty: true }), optional: true },
  company: { check: text(SHORT, { empty: true }), optional: true },
  // The triage search's words: kept, so a restored message is found by the popup's search as before.
  search: { check: listOf(text(SHORT), 1_000), optional: true },
  label: { check: oneOf(STORED_LABELS) },
  score: { check: nullable(finite({ min: 0, max: 100 })) },
  reasons: { check: listOf(text(SHORT, { empty: true }), 100) },
  state: { check: oneOf(MESSAGE_STATES) },
  fingerprint: { check: text(64, { empty: true }) },
  bands: { check: listOf(text(64), 100) },
  agency: { check: nullable(text(SHORT)) },
  identities: { check: listOf(text(SHORT), 1_000) },
  language: { check: oneOf([...LANGUAGES, 'und']) },
  corrected: { check: bool, optional: true },
};

const RECRUITER: Shape = {
  id: { check: text(SHORT) },
  displayName: { check: text(SHORT, { empty: true }) },
  company: { check: text(SHORT, { empty: true }), optional: true },
  identities: { check: listOf(text(SHORT), 1_000) },
  trust: { check: oneOf(TRUST_STATES) },
  note: { check: text(NOTE, { empty: true }), optional: true },
  firstSeenAt: { check: time },
  lastContactAt: { check: time },
  messageCount: { check: finite({ min: 0, integer: true }) },
};

const TEMPLATE: Shape = {
  id: { check: text(SHORT) },
  kind: { check: oneOf(REPLY_KINDS) },
  variant: { check: text(SHORT), optional: true },
  language: { check: text(16) },
  name: { check: text(SHORT, { empty: true }) },
  body: { check: text(BODY, { empty: true }) },
  builtIn: { check: bool },
  updatedAt: { check: time },
};

const CONTACT: Shape = {
  id: { check: text(SHORT) },
  name: { check: text(SHORT, { empty: true }) },
  role: { check: text(SHORT, { empty: true }), optional: true },
  link: { check: text(SHORT, { empty: true }), optional: true },
  note: { check: text(NOTE, { empty: true }), optional: true },
  createdAt: { check: time },
};

const CORRECTION: Shape = {
  id: { check: finite({ min: 1, integer: true }), optional: true },
  messageKey: { check: text(SHORT) },
  from: { check: oneOf(STORED_LABELS) },
  to: { check: oneOf(LABELS) },
  createdAt: { check: time },
  undoneAt: { check: time, optional: true },
  features: { check: listOf(text(SHORT), LIST) },
  ruleLogits: { check: triple },
  fingerprint: { check: text(64, { empty: true }) },
};

const recordOf =
  (check: Check): Check =>
  (value) => {
    if (!isObject(value)) return 'must be an object';
    for (const [key, item] of Object.entries(value)) {
      const problem = check(item);
      if (problem) return `entry "${key}" ${problem}`;
    }
    return null;
  };

const SITE_SEEN: Shape = {
  lastSeenAt: { check: time },
  view: { check: text(SHORT, { empty: true }) },
  health: { check: oneOf(SITE_HEALTH) },
};

const LEARNED_STATE: Shape = {
  version: { check: oneOf([1]) },
  weights: { check: recordOf(triple) },
  bias: { check: triple },
  exemplars: {
    check: listOf((value) => {
      if (!isObject(value)) return 'must be an object';
      const problem = checkShape({ fingerprint: { check: text(64, { empty: true }) }, label: { check: oneOf(LABELS) }, key: { check: text(SHORT) } }, value).errors[0];
      return problem ? `field ${problem}` : null;
    }),
  },
  updates: { check: finite({ min: 0, integer: true }) },
};

const SETTING_VALUES: Record<BackupSettingKey, Check> = {
  'sites.enabled': (value) => (isObject(value) ? recordOf(bool)(value) : 'must be an object'),
  'sites.seen': recordOf((value) => (isObject(value) ? nested(checkShape(SITE_SEEN, value).errors) : 'must be an object')),
  'learner.state': (value) => (isObject(value) ? nested(checkShape(LEARNED_STATE, value).errors) : 'must be an object'),
};

function nested(errors: readonly string[]): string | null {
  return errors.length ? `field ${errors[0]}` : null;
}

/** Checks the fields of a shape; the clean row holds those fields only, so nothing else the file carries is stored. */
function checkShape(shape: Shape, raw: Raw): { errors: string[]; clean: Raw } {
  const errors: string[] = [];
  const clean: Raw = {};
  for (const [name, field] of Object.entries(shape)) {
    if (!Object.hasOwn(raw, name) || raw[name] === undefined) {
      if (!field.optional) errors.push(`"${name}" is missing`);
      continue;
    }
    const problem = field.check(raw[name]);
    if (problem) errors.push(`"${name}" ${problem}`);
    else clean[name] = raw[name];
  }
  return { errors, clean };
}

const SHAPES: Record<Exclude<BackupTable, 'profile' | 'settings'>, Shape> = {
  messages: MESSAGE,
  recruiters: RECRUITER,
  templates: TEMPLATE,
  contacts: CONTACT,
  corrections: CORRECTION,
};

const KEY_FIELD: Record<BackupTable, string> = {
  profile: 'id',
  messages: 'key',
  recruiters: 'id',
  templates: 'id',
  contacts: 'id',
  corrections: 'id',
  settings: 'key',
};

function checkTable(name: BackupTable, rows: unknown[], report: Report): object[] {
  const clean: object[] = [];
  const seen = new Set<unknown>();
  rows.forEach((row, index) => {
    const where = `${name}, row ${index + 1}:`;
    if (!isObject(row)) {
      report.add(`${where} must be an object.`);
      return;
    }
    const { errors, value } = checkRow(name, row);
    for (const error of errors) report.add(`${where} ${error}.`);
    if (errors.length) return;
    const key = row[KEY_FIELD[name]];
    if (key !== undefined) {
      if (seen.has(key)) report.add(`${where} "${KEY_FIELD[name]}" ${JSON.stringify(key)} appears more than once.`);
      seen.add(key);
    }
    clean.push(value);
  });
  return clean;
}

function checkRow(name: BackupTable, row: Raw): { errors: string[]; value: object } {
  if (name === 'profile') return checkProfile(row);
  if (name === 'settings') return checkSetting(row);
  const { errors, clean } = checkShape(SHAPES[name], row);
  if (name === 'messages' && !errors.length) clean.sender = cleanSender(clean.sender as Sender);
  return { errors, value: clean };
}

function checkProfile(row: Raw): { errors: string[]; value: object } {
  const errors: string[] = [];
  if (row.id !== 'me') errors.push('"id" must be "me"');
  const updatedAt = time(row.updatedAt);
  if (updatedAt) errors.push(`"updatedAt" ${updatedAt}`);
  const { id: _id, updatedAt: _updatedAt, ...rest } = row;
  const profile = validateProfile(rest);
  if (!profile.ok) errors.push(...profile.errors.map((error) => error.replace(/\.$/, '')));
  return { errors, value: profile.ok ? { ...profile.value, id: 'me', updatedAt: row.updatedAt } : {} };
}

function checkSetting(row: Raw): { errors: string[]; value: object } {
  const key = row.key;
  if (!SETTING_KEYS.includes(key as BackupSettingKey)) return { errors: [`"key" must be one of: ${SETTING_KEYS.join(', ')}`], value: {} };
  if (!Object.hasOwn(row, 'value')) return { errors: ['"value" is missing'], value: {} };
  const problem = SETTING_VALUES[key as BackupSettingKey](row.value);
  return problem ? { errors: [`"value" ${problem}`], value: {} } : { errors: [], value: { key, value: row.value } };
}

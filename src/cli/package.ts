/**
 * `npm run package`: the store-ready zips of the two builds, dist/ → dist-zip/recruiter-ally-chrome-<version>.zip
 * and dist-firefox/ → dist-zip/recruiter-ally-firefox-<version>.zip. Written here rather than with a
 * zip tool so the files are deflated at the highest level, in a stable order, with a fixed date:
 * the same build always gives the same bytes.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '../..');
/** 1 January 2026, 00:00, in DOS date and time: zips made from the same files are identical. */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;

function filesOf(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesOf(path) : [path];
    });
}

/** A zip of every file under `dir`, paths relative to it. */
export function zipDirectory(dir: string): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const files = filesOf(dir);
  for (const file of files) {
    const name = Buffer.from(relative(dir, file).split(sep).join('/'), 'utf8');
    const data = readFileSync(file);
    const packed = deflateRawSync(data, { level: constants.Z_BEST_COMPRESSION });
    // Stored when deflate does not help (the icons are already compressed PNGs).
    const deflated = packed.length < data.length;
    const body = deflated ? packed : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(deflated ? 8 : 0, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(deflated ? 8 : 0, 10);
    entry.writeUInt16LE(DOS_TIME, 12);
    entry.writeUInt16LE(DOS_DATE, 14);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(body.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    central.push(entry, name);
    offset += local.length + name.length + body.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface Packages {
  chrome: { path: string; bytes: number };
  firefox: { path: string; bytes: number };
}

/** Zips both builds (run `npm run build` first) and answers where they are and how big. */
export function writePackages(): Packages {
  const version = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string }).version;
  const out = join(ROOT, 'dist-zip');
  mkdirSync(out, { recursive: true });
  const write = (dist: string, browser: string) => {
    const manifest = join(ROOT, dist, 'manifest.json');
    if (!statSync(manifest, { throwIfNoEntry: false })) throw new Error(`${dist}/ has no manifest.json: run \`npm run build\` first.`);
    const zip = zipDirectory(join(ROOT, dist));
    const path = join(out, `recruiter-ally-${browser}-${version}.zip`);
    writeFileSync(path, zip);
    return { path, bytes: zip.length };
  };
  return { chrome: write('dist', 'chrome'), firefox: write('dist-firefox', 'firefox') };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  try {
    const packages = writePackages();
    for (const [browser, { path, bytes }] of Object.entries(packages)) {
      process.stdout.write(`${browser.padEnd(8)} ${relative(ROOT, path)}  ${(bytes / 1024).toFixed(1)} KB\n`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}

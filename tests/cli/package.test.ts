import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, inflateRawSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { zipDirectory } from '../../src/cli/package';

const dir = mkdtempSync(join(tmpdir(), 'ra-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Reads a zip through its central directory, as a store's upload check would. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const method = zip.readUInt16LE(at + 10);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + zip.readUInt16LE(local + 26);
    const body = zip.subarray(start, start + size);
    const data = method === 8 ? inflateRawSync(body) : Buffer.from(body);
    expect(crc32(data)).toBe(crc);
    files.set(name, data);
    at += 46 + nameLength;
  }
  return files;
}

describe('zipDirectory', () => {
  it('packs every file with its relative path, readable back byte for byte, the same bytes every time', () => {
    mkdirSync(join(dir, 'src/content'), { recursive: true });
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ name: 'Recruiter Ally', manifest_version: 3 }));
    writeFileSync(join(dir, 'src/content/index.js'), 'console.log("hi");\n'.repeat(500));
    writeFileSync(join(dir, 'icon.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    const zip = zipDirectory(dir);
    const files = unzip(zip);
    expect([...files.keys()].sort()).toEqual(['icon.png', 'manifest.json', 'src/content/index.js']);
    expect(files.get('src/content/index.js')!.toString()).toBe('console.log("hi");\n'.repeat(500));
    expect(files.get('icon.png')).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
    // Repetitive text is deflated, far below its size.
    expect(zip.length).toBeLessThan(2000);
    expect(zipDirectory(dir).equals(zip)).toBe(true);
  });
});

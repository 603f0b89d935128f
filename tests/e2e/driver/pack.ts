/** Zips a built extension folder into an add-on package (an .xpi is a zip), in memory. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import JSZip from 'jszip';

export async function packDirectory(dir: string): Promise<Buffer> {
  const zip = new JSZip();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    zip.file(relative(dir, path), readFileSync(path));
  }
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

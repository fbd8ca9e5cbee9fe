// Bundles the admin theme's front-end assets with esbuild:
//   assets/admin.js  -> wwwroot/dist/admin.js   (Quill and the theme's behaviour)
//   assets/admin.css -> wwwroot/dist/admin.css  (the theme's styles and Quill's snow theme)
// and writes wwwroot/dist/THIRD-PARTY-NOTICES.txt with the licences of the npm packages that ended up in the bundle.
// Run with `npm run build`; the project file runs it before every build whose inputs changed.
import { build } from 'esbuild';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.join(root, 'wwwroot', 'dist');
const noticesName = 'THIRD-PARTY-NOTICES.txt';
const banner = `/*! DanVan.AdminTheme. Third-party licences: ${noticesName} */`;

/** The npm package ("quill", "@scope/name") an input path of the metafile belongs to, or null for the theme's own files. */
function packageOf(input) {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0 || at + 1 >= parts.length) {
    return null;
  }
  const first = parts[at + 1];
  return first.startsWith('@') ? `${first}/${parts[at + 2]}` : first;
}

async function readLicenceText(dir) {
  const files = (await readdir(dir)).filter((f) => /^(licen[cs]e|copying|notice)(\.|$)/i.test(f)).sort();
  const texts = [];
  for (const file of files) {
    texts.push((await readFile(path.join(dir, file), 'utf8')).trim());
  }
  return texts.join('\n\n');
}

async function writeNotices(metafile) {
  const names = new Set();
  for (const input of Object.keys(metafile.inputs)) {
    const name = packageOf(input);
    if (name) {
      names.add(name);
    }
  }

  const sections = [];
  for (const name of [...names].sort()) {
    const dir = path.join(root, 'node_modules', ...name.split('/'));
    const pkg = JSON.parse(await readFile(path.join(dir, 'package.json'), 'utf8'));
    const licence = (await readLicenceText(dir)) || `(no licence file in the package; package.json says: ${pkg.license})`;
    sections.push(`${pkg.name} ${pkg.version} (${pkg.license})\n${'-'.repeat(72)}\n${licence}\n`);
  }

  const header =
    'DanVan.AdminTheme: admin.js and admin.css bundle the following npm packages.\n' +
    'Their copyright notices and licences follow.\n\n';
  await writeFile(path.join(outdir, noticesName), header + sections.join('\n'), 'utf8');
}

try {
  await mkdir(outdir, { recursive: true });
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['assets/admin.js', 'assets/admin.css'],
    outdir,
    bundle: true,
    minify: true,
    sourcemap: false,
    target: 'es2019',
    format: 'iife',
    platform: 'browser',
    legalComments: 'eof',
    banner: { js: banner, css: banner },
    metafile: true,
    logLevel: 'warning',
  });
  await writeNotices(result.metafile);

  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    console.log(`${file}  ${(output.bytes / 1024).toFixed(1)} KiB`);
  }
} catch (error) {
  // esbuild has already printed its diagnostics; anything else (an unreadable licence file) is printed here.
  if (!error || !Array.isArray(error.errors)) {
    console.error(error);
  }
  process.exitCode = 1;
}

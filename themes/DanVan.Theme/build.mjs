// Builds the public theme's front-end assets (`npm run build`; the project file runs it when an input changed):
//   assets/site.css -> wwwroot/dist/site.css   the theme's styles, with modern-normalize inlined
//   assets/site.js  -> wwwroot/dist/site.js    the mobile menu button and the "copy link" button
// Both are minified. wwwroot/dist/THIRD-PARTY-NOTICES.txt lists every npm package that ended up in them, with its licence.
import * as esbuild from 'esbuild';
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const themeDir = path.dirname(fileURLToPath(import.meta.url));
const distDir = path.join(themeDir, 'wwwroot', 'dist');
const NOTICES = 'THIRD-PARTY-NOTICES.txt';

/**
 * The folder of the npm package an esbuild input comes from ("node_modules/modern-normalize/modern-normalize.css"
 * -> "node_modules/modern-normalize"), or undefined for the theme's own sources.
 */
function packageFolder(input) {
  const segments = input.split(/[\\/]+/);
  const last = segments.lastIndexOf('node_modules');
  if (last === -1 || last + 1 >= segments.length) {
    return undefined;
  }
  const length = segments[last + 1].startsWith('@') ? last + 3 : last + 2;
  return segments.slice(0, length).join('/');
}

/** The licence (and notice) files a package ships, concatenated. */
async function licenceOf(folder) {
  const names = (await fs.readdir(folder)).filter((name) => /^(licen[sc]e|copying|notice)([.-].*)?$/i.test(name));
  const parts = [];
  for (const name of names.sort()) {
    parts.push((await fs.readFile(path.join(folder, name), 'utf8')).trim());
  }
  return parts.join('\n\n');
}

async function writeNotices(inputs) {
  const folders = [...new Set(inputs.map(packageFolder).filter(Boolean))];
  const entries = [];
  for (const folder of folders) {
    const absolute = path.join(themeDir, folder);
    const manifest = JSON.parse(await fs.readFile(path.join(absolute, 'package.json'), 'utf8'));
    const licence = await licenceOf(absolute);
    entries.push({
      name: manifest.name,
      text:
        `${manifest.name} ${manifest.version} — ${manifest.license ?? 'licence not stated'}\n` +
        (manifest.repository ? `Source: ${typeof manifest.repository === 'string' ? manifest.repository : manifest.repository.url}\n` : '') +
        '\n' +
        (licence || `The package ships no licence file; its package.json names the licence "${manifest.license}".`),
    });
  }
  entries.sort((a, b) => a.name.localeCompare(b.name));

  const rule = '='.repeat(78);
  const body = entries.length === 0
    ? 'No third-party package is bundled.\n'
    : entries.map((e) => `${rule}\n${e.text}\n`).join('\n');
  const header =
    'DanVan.Theme — third-party software in wwwroot/dist/site.css and wwwroot/dist/site.js\n\n' +
    'The files below were bundled from npm packages. Each package is listed with its version and licence.\n\n';
  await fs.writeFile(path.join(distDir, NOTICES), header + body, 'utf8');
  return entries.map((e) => e.name);
}

async function main() {
  for (const source of ['assets/site.css', 'assets/site.js']) {
    if (!existsSync(path.join(themeDir, source))) {
      throw new Error(`${source} is missing`);
    }
  }
  await fs.mkdir(distDir, { recursive: true });

  const result = await esbuild.build({
    absWorkingDir: themeDir,
    entryPoints: ['assets/site.js', 'assets/site.css'],
    outdir: distDir,
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2019', 'chrome80', 'firefox78', 'safari13'],
    charset: 'utf8',
    legalComments: 'eof',
    banner: {
      js: `/*! DanVan.Theme site.js — third-party licences: ${NOTICES} */`,
      css: `/*! DanVan.Theme site.css — third-party licences: ${NOTICES} */`,
    },
    metafile: true,
    write: false,
    logLevel: 'warning',
  });

  for (const file of result.outputFiles) {
    const name = path.basename(file.path);
    await fs.writeFile(file.path, file.contents);
    console.log(`wwwroot/dist/${name}  ${(file.contents.length / 1024).toFixed(1)} KiB`);
  }

  const bundled = await writeNotices(Object.keys(result.metafile.inputs));
  console.log(`wwwroot/dist/${NOTICES}  (${bundled.length === 0 ? 'no packages' : bundled.join(', ')})`);
}

main().catch((error) => {
  // esbuild prints its own diagnostics; other errors (a missing source, an unreadable package) are printed here.
  if (!(error && Array.isArray(error.errors))) {
    console.error(`build.mjs: ${error && error.message ? error.message : error}`);
  }
  process.exitCode = 1;
});
